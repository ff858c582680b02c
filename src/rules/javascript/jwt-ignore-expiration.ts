// ruleid: javascript.jwt-ignore-expiration
export const opts = { ignoreExpiration: true, algorithms: ['RS256'] };
// ok: javascript.jwt-ignore-expiration
export const opts2 = { maxAge: '15m', algorithms: ['RS256'] };
