// ruleid: javascript.jwt-ignore-expiration
const claims = jwt.verify(token, key, { algorithms: ['HS256'], ignoreExpiration: true });
// ok: javascript.jwt-ignore-expiration
const claims2 = jwt.verify(token, key, { algorithms: ['HS256'], ignoreExpiration: false });
