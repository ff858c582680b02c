import type { Request } from 'express';
export function listOrders(req: Request): string {
  // ruleid: javascript.sql-injection-request
  return 'SELECT * FROM orders WHERE status = ' + (req.body.status as string);
}
export function okOrders(req: Request): [string, unknown[]] {
  // ok: javascript.sql-injection-request
  return ['SELECT * FROM orders WHERE status = $1', [req.body.status]];
}
