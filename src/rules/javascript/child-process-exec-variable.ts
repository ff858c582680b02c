import { execSync } from 'child_process';

export function run(cmd: string): Buffer {
  // ruleid: javascript.child-process-exec-variable
  return execSync(cmd);
}
// ok: javascript.child-process-exec-variable
const version = execSync('node --version');
