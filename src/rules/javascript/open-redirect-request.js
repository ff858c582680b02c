app.get('/login/callback', (req, res) => {
  // ruleid: javascript.open-redirect-request
  res.redirect(req.query.next);
  // ruleid: javascript.open-redirect-request
  res.redirect(302, req.query.returnTo || '/');
  // ok: javascript.open-redirect-request
  res.redirect('/dashboard');
});
