app.post('/calc', (req, res) => {
  // ruleid: javascript.code-injection-request
  res.send(String(eval(req.body.expression)));
});
app.get('/plugin', async (req, res) => {
  // ruleid: javascript.code-injection-request
  const plugin = require('./plugins/' + req.query.name);
  // ruleid: javascript.code-injection-request
  const mod = await import(`./handlers/${req.params.kind}.js`);
  // ruleid: javascript.code-injection-request
  const f = new Function('x', req.body.formula);
  // ok: javascript.code-injection-request
  const value = JSON.parse(req.body.json);
  // ok: javascript.code-injection-request
  const handler = handlers[req.params.kind];
});
