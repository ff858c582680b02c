import type { Response } from 'express';
export function fail(res: Response, error: Error): void {
  // ruleid: javascript.stack-trace-response
  res.status(500).send(`<pre>${error.stack}</pre>`);
  // ok: javascript.stack-trace-response
  console.error(error.stack);
}
