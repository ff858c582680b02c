const { spawn, execFile } = require('child_process');

function convert(input, output) {
  // ruleid: javascript.child-process-shell-option
  spawn(`convert ${input} ${output}`, { shell: true, stdio: 'inherit' });
  // ruleid: javascript.child-process-shell-option
  const p = spawn('bash', ['-c', 'ffmpeg -i ' + input + ' ' + output]);
  // ok: javascript.child-process-shell-option
  spawn('convert', [input, output], { stdio: 'inherit' });
  // ok: javascript.child-process-shell-option
  spawn('npm install', { shell: true });
  // ok: javascript.child-process-shell-option
  spawn('bash', ['-c', 'npm ci && npm test']);
}
