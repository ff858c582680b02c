import type { Request } from 'express';
export function filter(req: Request, names: string[]): string[] {
  // ruleid: javascript.regexp-injection-request
  const re = new RegExp(String(req.body.pattern));
  // ok: javascript.regexp-injection-request
  const q = String(req.body.pattern).toLowerCase();
  return names.filter(n => re.test(n) || n.toLowerCase().includes(q));
}
