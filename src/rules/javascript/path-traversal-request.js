const fs = require('fs');
const path = require('path');

app.get('/file', (req, res) => {
  // ruleid: javascript.path-traversal-request
  fs.readFile('./uploads/' + req.query.name, (err, data) => res.end(data));
  // ruleid: javascript.path-traversal-request
  res.sendFile(req.params.file);
  // ruleid: javascript.path-traversal-request
  const target = path.join(__dirname, 'public', req.query.path);
  // ruleid: javascript.path-traversal-request
  fs.createReadStream(`/var/data/${req.params.id}.csv`).pipe(res);
  // ok: javascript.path-traversal-request
  res.sendFile(req.params.file, { root: path.join(__dirname, 'public') });
  // ok: javascript.path-traversal-request
  fs.readFile(path.join(__dirname, 'static', 'index.html'), (err, data) => res.end(data));
});
