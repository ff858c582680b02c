app.get('/search', (req, res) => {
  // ruleid: javascript.regexp-injection-request
  const re = new RegExp(req.query.q, 'i');
  // ruleid: javascript.regexp-injection-request
  const re2 = RegExp('^' + req.params.prefix);
  // ok: javascript.regexp-injection-request
  const re3 = new RegExp(_.escapeRegExp(req.query.q), 'i');
  res.json(items.filter(i => re.test(i) || re2.test(i) || re3.test(i)));
});
