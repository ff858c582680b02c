import got from 'got';
import type { Request } from 'express';
export async function preview(req: Request): Promise<string> {
  // ruleid: javascript.ssrf-request
  return got(req.query.link as string).text();
}
export async function fixed(): Promise<string> {
  // ok: javascript.ssrf-request
  return got('https://status.example.com/health').text();
}
