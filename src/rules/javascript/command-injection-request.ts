import { exec, spawnSync } from 'node:child_process';
import type { Request, Response } from 'express';

export function lookup(req: Request, res: Response): void {
  const host = req.query.host as string;
  // ruleid: javascript.command-injection-request
  exec(`nslookup ${req.query.host as string}`, (err, stdout) => res.send(stdout));
  // ruleid: javascript.command-injection-request
  spawnSync('bash', ['-c', 'whois ' + req.body.domain!]);
  // ok: javascript.command-injection-request
  spawnSync('whois', [host]);
}
