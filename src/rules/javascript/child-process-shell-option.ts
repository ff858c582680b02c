import { spawnSync } from 'child_process';

export function runScript(script: string): void {
  // ruleid: javascript.child-process-shell-option
  spawnSync(script, { shell: true });
  // ok: javascript.child-process-shell-option
  spawnSync('node', [script], { shell: false });
}
