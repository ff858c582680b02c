import jwt from 'jsonwebtoken';
import type { Request } from 'express';
export function who(req: Request & { auth?: unknown }, token: string): void {
  // ruleid: javascript.jwt-decode-for-auth
  req.auth = jwt.decode(token, { complete: true });
  // ok: javascript.jwt-decode-for-auth
  const header = jwt.decode(token, { complete: true });
  console.log(header);
}
