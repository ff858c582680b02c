const child_process = require('child_process');
const { exec } = child_process;

function build(pkgName, topDir) {
  // ruleid: javascript.child-process-exec-dynamic
  child_process.exec('dpkg-deb --build ' + pkgName, { cwd: './dist' }, function (err) {});
  // ruleid: javascript.child-process-exec-dynamic
  exec(`tar -zcf ${pkgName}.tar.gz ${topDir}`);
  // ruleid: javascript.child-process-exec-dynamic
  const out = require('child_process').execSync("git rev-parse " + ref).toString();
  // ok: javascript.child-process-exec-dynamic
  child_process.exec('which rpmbuild', function (err) {});
  // ok: javascript.child-process-exec-dynamic
  exec(`uname -a`);
  // ok: javascript.child-process-exec-dynamic
  child_process.execFile('tar', ['-zcf', pkgName + '.tar.gz', topDir]);
  // ok: javascript.child-process-exec-dynamic
  const found = pattern.exec('prefix-' + pkgName);
}
