const libxmljs = require('libxmljs');
app.post('/upload', (req, res) => {
  // ruleid: javascript.xxe-libxml-noent
  const doc = libxmljs.parseXml(req.body, { noent: true, noblanks: true });
  // ok: javascript.xxe-libxml-noent
  const safe = libxmljs.parseXml(req.body, { noblanks: true });
  res.send(doc.toString() + safe.toString());
});
