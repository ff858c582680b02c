import { promises as fsp } from 'fs';
export async function open(p: string): Promise<void> {
  // ruleid: javascript.permissive-file-mode
  await fsp.chmod(p, 0o666);
  // ok: javascript.permissive-file-mode
  await fsp.chmod(p, 0o644);
}
