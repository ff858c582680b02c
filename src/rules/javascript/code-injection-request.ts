import vm from 'vm';
import type { Request } from 'express';

export function evaluate(req: Request): unknown {
  // ruleid: javascript.code-injection-request
  return vm.runInNewContext(req.query.code as string, {});
}
export function safe(req: Request): unknown {
  // ok: javascript.code-injection-request
  return Number.parseFloat(req.query.code as string);
}
