function authenticate(req, res, next) {
  const token = req.headers.authorization.split(' ')[1];
  // ruleid: javascript.jwt-decode-for-auth
  req.user = jwt.decode(token);
  // ok: javascript.jwt-decode-for-auth
  req.user = jwt.verify(token, process.env.JWT_PUBLIC_KEY, { algorithms: ['RS256'] });
  next();
}
