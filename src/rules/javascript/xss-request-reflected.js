app.get('/search', (req, res) => {
  // ruleid: javascript.xss-request-reflected
  res.send('<h1>Results for ' + req.query.q + '</h1>');
  // ruleid: javascript.xss-request-reflected
  res.write(`<p>Hello ${req.body.name}</p>`);
  // ok: javascript.xss-request-reflected
  res.send('<h1>Results for ' + escapeHtml(req.query.q) + '</h1>');
  // ok: javascript.xss-request-reflected
  res.json({ q: req.query.q });
  // ok: javascript.xss-request-reflected
  res.send('<h1>Results</h1>');
});
router.get('/hello', (ctx) => {
  // ruleid: javascript.xss-request-reflected
  ctx.body = '<b>' + ctx.query.name + '</b>';
});
