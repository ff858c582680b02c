import * as fs from 'fs';
import * as path from 'path';
export function read(dir: string, file: string): string {
  // ruleid: javascript.fs-dynamic-path
  return fs.readFileSync(path.join(dir, file), 'utf8');
}
// ok: javascript.fs-dynamic-path
export const readme: string = fs.readFileSync('README.md', 'utf8');
