import * as fs from 'node:fs';
import * as path from 'node:path';

let cached: string | undefined;

/**
 * Vigil's version, from the package.json above the running code (dist/ in the VSIX and the npm
 * package, the repository root when running from source).
 */
export function vigilVersion(baseDir: string = __dirname): string {
  if (cached) return cached;
  let dir = baseDir;
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'vigil' && pkg.version) return (cached = pkg.version);
    } catch {
      // not here: look one level up
    }
    dir = path.dirname(dir);
  }
  return (cached = '0.0.0-unknown');
}
