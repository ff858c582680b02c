import type { Request, Response } from 'express';
export function back(req: Request, res: Response): void {
  // ruleid: javascript.open-redirect-request
  res.redirect(req.body.url as string);
  // ok: javascript.open-redirect-request
  res.redirect(allowed.has(target) ? target : '/');
}
