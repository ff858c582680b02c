import { promises as fsp } from 'fs';
import type { Request, Response } from 'express';

export async function download(req: Request, res: Response): Promise<void> {
  // ruleid: javascript.path-traversal-request
  const body = await fsp.readFile(`reports/${req.query.report as string}`);
  // ruleid: javascript.path-traversal-request
  res.download('files/' + req.params.name);
  // ok: javascript.path-traversal-request
  const ok = await fsp.readFile('reports/summary.txt');
  res.send(body.toString() + ok.toString());
}
