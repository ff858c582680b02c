import * as cp from 'child_process';

export function checkout(branch: string): string {
  // ruleid: javascript.child-process-exec-dynamic
  return cp.execSync(`git checkout ${branch}`, { encoding: 'utf8' });
}

export function safeCheckout(branch: string): string {
  // ok: javascript.child-process-exec-dynamic
  return cp.execFileSync('git', ['checkout', branch], { encoding: 'utf8' });
}
