// `npm test`: lint, type check, unit, then the real-VS-Code tiers (package + install, integration, e2e),
// in that order, stopping at the first failure, and a summary of every stage at the end.
import { spawn } from 'node:child_process';
import { ROOT, seconds } from './lib.mjs';
import { runTiers } from './run.mjs';

const results = [];
const report = (name, { ok, ms, detail = '' }) => {
  results.push({ name, ok, ms, detail });
  console.log(`\n[npm test] ${ok ? 'PASS' : 'FAIL'} ${name} (${seconds(ms)})${detail ? `: ${detail}` : ''}\n`);
};

/** An npm script as one stage, bounded in time (the whole process group is killed on time-out). */
function npmStage(name, script, timeoutMs) {
  return new Promise(resolve => {
    const t0 = Date.now();
    console.log(`[npm test] ── ${name}: npm run ${script}`);
    const child = spawn('npm', ['run', '--silent', script], { cwd: ROOT, stdio: 'inherit', detached: true });
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, timeoutMs);
    const stop = () => { try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ } };
    process.once('SIGINT', stop).once('SIGTERM', stop);
    child.on('close', code => {
      clearTimeout(timer);
      process.off('SIGINT', stop).off('SIGTERM', stop);
      const ok = code === 0 && !timedOut;
      report(name, { ok, ms: Date.now() - t0, detail: timedOut ? `timed out after ${seconds(timeoutMs)}` : ok ? '' : `exit code ${code}` });
      resolve(ok);
    });
  });
}

const t0 = Date.now();
const ok = await npmStage('lint', 'lint', 10 * 60_000)
  && await npmStage('typecheck', 'typecheck', 10 * 60_000)
  && await npmStage('unit', 'test:unit', 20 * 60_000)
  && await (console.log('[npm test] ── real VS Code: package, integration, e2e'), runTiers(['integration', 'e2e'], report));

const planned = ['lint', 'typecheck', 'unit', 'package', 'integration', 'e2e'];
console.log('\n──────── npm test summary ────────');
for (const name of planned) {
  const r = results.find(x => x.name === name);
  const mark = !r ? 'skip' : r.ok ? 'PASS' : 'FAIL';
  console.log(`  ${mark}  ${name.padEnd(12)} ${r ? seconds(r.ms).padStart(8) : '       -'}  ${r ? r.detail : 'not run: an earlier stage failed'}`);
}
const failed = results.find(r => !r.ok);
console.log(failed ? `npm test FAILED at ${failed.name} after ${seconds(Date.now() - t0)}` : `npm test passed in ${seconds(Date.now() - t0)}`);
process.exit(ok ? 0 : 1);
