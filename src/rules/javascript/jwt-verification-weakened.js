const jwt = require('jsonwebtoken');
function auth(token) {
  // ruleid: javascript.jwt-verification-weakened
  return jwt.verify(token, secret, { algorithms: ['HS256', 'none'] });
}
// ruleid: javascript.jwt-verification-weakened
const unsigned = jwt.sign(payload, null, { algorithm: 'none' });
// ok: javascript.jwt-verification-weakened
const ok = jwt.verify(token, secret, { algorithms: ['HS256'] });
