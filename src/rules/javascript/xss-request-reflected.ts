import type { Request, Response } from 'express';
export function greet(req: Request, res: Response): void {
  // ruleid: javascript.xss-request-reflected
  res.end(`<div>Welcome ${req.params.user}</div>`);
  // ok: javascript.xss-request-reflected
  res.end(`<div>Welcome ${sanitizeHtml(req.params.user)}</div>`);
}
