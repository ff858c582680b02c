const jwt = require('jsonwebtoken');
// ruleid: javascript.jwt-decode-without-verify
const claims = jwt.decode(token);
// ok: javascript.jwt-decode-without-verify
const verified = jwt.verify(token, publicKey, { algorithms: ['RS256'] });
