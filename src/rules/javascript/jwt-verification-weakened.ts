import jwt from 'jsonwebtoken';
export function check(token: string, key: string): unknown {
  // ruleid: javascript.jwt-verification-weakened
  return jwt.verify(token, key, { algorithms: ['None'] });
}
// ok: javascript.jwt-verification-weakened
export const checkRs = (t: string, k: string) => jwt.verify(t, k, { algorithms: ['RS256'] });
