const ChildProcess = require('child_process');

function run(command, cb) {
  // ruleid: javascript.child-process-exec-variable
  ChildProcess.exec(command, function (err, stdout, stderr) { cb(stdout); });
  // ruleid: javascript.child-process-exec-variable
  exec(options.cmd, cb);
  // ok: javascript.child-process-exec-variable
  ChildProcess.execFile(command, ['--version'], cb);
  // ok: javascript.child-process-exec-variable
  const m = re.exec(command);
}
