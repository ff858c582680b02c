const { exec, execFile, spawn } = require('child_process');
const child_process = require('child_process');

app.get('/ping', (req, res) => {
  // ruleid: javascript.command-injection-request
  exec('ping -c 1 ' + req.query.host, (err, out) => res.send(out));
});

app.post('/convert', (req, res) => {
  // ruleid: javascript.command-injection-request
  child_process.execSync(`convert ${req.body.file} out.png`);
  // ruleid: javascript.command-injection-request
  spawn('sh', ['-c', `tar xf ${req.params.name}`]);
  // ruleid: javascript.command-injection-request
  require('child_process').exec("git log " + req.param('branch'));
});

app.get('/safe', (req, res) => {
  // ok: javascript.command-injection-request
  execFile('ping', ['-c', '1', req.query.host], (err, out) => res.send(out));
  // ok: javascript.command-injection-request
  exec('uptime', (err, out) => res.send(out));
  // ok: javascript.command-injection-request
  const m = /(\d+)/.exec(req.query.page);
  // ok: javascript.command-injection-request
  db.exec(req.body.sql);
});
