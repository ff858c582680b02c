// The real-VS-Code tiers, offline: packages the VSIX, installs it into a fresh code-server and runs
//   integration  mocha suites of test/integration inside the extension host (the installed VSIX is the
//                extension under test), exit code passed back by the smoke-test driver;
//   e2e          playwright-core + Debian chromium checks of the workbench (test/e2e), screenshots in
//                test-results/e2e/.
//
//   node test/harness/run.mjs [integration] [e2e]     (both when none is named)
//
// One server serves both tiers, each on its own copy of test/fixtures/workspace. Stops at the first
// failing tier. Exits non-zero on any failure or time-out, and never leaves the server running.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import {
  ROOT, RESULTS, TIMEOUTS, buildTests, copyWorkspace, ensureTools, freshResults, launchChromium, log,
  packageVsix, run, seconds, startServer, tmpDir, workbenchUrl,
} from './lib.mjs';

const NOISE = /^\[(ChatModelSelection|AgentHost|AccountPolicyGate|Service Worker)|socket|connection token|grace time|builtin extensions cache|open-vsx|marketplace|authentication provider 'github'/i;

/** Runs test/integration/index.js in the extension host of a real workbench; resolves {ok, detail}. */
async function runIntegration({ server, tools, outDir, workDir }) {
  const results = freshResults('integration');
  const logPath = path.join(results, 'output.log');
  const logFile = fs.createWriteStream(logPath);
  const folder = copyWorkspace('workspace', path.join(workDir, 'ws-integration'));
  const remote = p => `vscode-remote://${new URL(server.url).host}${p}`;
  const env = { VIGIL_TEST_VSIX_DIR: server.extensionDir, VIGIL_TEST_RESULTS: results, VIGIL_TEST_WORKSPACE: folder, ...(process.env.VIGIL_TEST_GREP ? { VIGIL_TEST_GREP: process.env.VIGIL_TEST_GREP } : {}) };
  const browser = await launchChromium(tools.chromium);
  const t0 = Date.now();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let exitCode;
    const exited = new Promise(resolve => void page.exposeFunction('codeAutomationExit', code => { exitCode = code; resolve(); }));
    const summary = {};
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(args ?? []));
      logFile.write(`${line}\n`);
      const m = /^integration: (\d+) passed, (\d+) failed/.exec(line);
      if (m) Object.assign(summary, { passed: +m[1], failed: +m[2] });
      if (process.env.VERBOSE || !NOISE.test(line)) console.log(line);
    });
    if (process.env.VERBOSE) page.on('console', m => console.log(`[browser ${m.type()}] ${m.text()}`));
    // extensionDevelopmentPath = the folder --install-extension unpacked the VSIX into: the extension
    // under test is exactly what users install, not the working tree.
    await page.goto(workbenchUrl(server.url, folder, [
      ['extensionDevelopmentPath', remote(server.extensionDir)],
      // A fake language model beside Vigil (test/fixtures/fake-lm): the chat paths need a model, none exists offline.
      ['extensionDevelopmentPath', remote(path.join(ROOT, 'test', 'fixtures', 'fake-lm'))],
      ['extensionTestsPath', remote(path.join(outDir, 'test', 'integration', 'index'))],
      ['extensionEnvironment', JSON.stringify(env)],
      ['skipWelcome', 'true'],
    ]), { timeout: 120_000 });
    const outcome = await Promise.race([exited.then(() => 'exited'), new Promise(r => setTimeout(() => r('timeout'), TIMEOUTS.VIGIL_INTEGRATION_TIMEOUT_MS))]);
    await page.screenshot({ path: path.join(results, 'workbench-after-tests.png'), timeout: 30_000 }).catch(() => {});
    const counts = summary.passed !== undefined ? `${summary.passed} passed, ${summary.failed} failed` : 'no test summary';
    if (outcome === 'timeout') return { ok: false, detail: `timed out after ${seconds(TIMEOUTS.VIGIL_INTEGRATION_TIMEOUT_MS)} (${counts}); log: ${path.relative(ROOT, logPath)}` };
    if (summary.passed === 0 && !summary.failed) return { ok: false, detail: `ran no test; log: ${path.relative(ROOT, logPath)}` };
    return { ok: exitCode === 0, detail: `${counts} in ${seconds(Date.now() - t0)}${exitCode === 0 ? '' : `, exit code ${exitCode}; log: ${path.relative(ROOT, logPath)}`}` };
  } finally {
    await browser.close().catch(() => {});
    logFile.end();
  }
}

/** Runs the playwright-core suites of test/e2e (plain Node mocha) against the workbench; resolves {ok, detail}. */
async function runE2E({ server, tools, outDir, workDir }) {
  const results = freshResults('e2e');
  const folder = copyWorkspace('workspace', path.join(workDir, 'ws-e2e'));
  const dir = path.join(outDir, 'test', 'e2e');
  const files = fs.readdirSync(dir).filter(f => f.endsWith('.test.js')).sort().map(f => path.join(dir, f));
  if (!files.length) return { ok: false, detail: `no e2e test in ${dir}` };
  const mocha = path.join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');
  const env = { ...process.env, VIGIL_E2E_URL: workbenchUrl(server.url, folder), VIGIL_E2E_RESULTS: results, VIGIL_CHROMIUM: tools.chromium };
  const t0 = Date.now();
  const logPath = path.join(results, 'output.log');
  const r = await run(process.execPath, [mocha, '--no-config', '--enable-source-maps', '--timeout', '180000', '--reporter', 'spec', ...files],
    { env, timeoutMs: TIMEOUTS.VIGIL_E2E_TIMEOUT_MS, tee: logPath });
  const text = fs.readFileSync(logPath, 'utf8');
  const passed = +(/(\d+) passing/.exec(text)?.[1] ?? 0), failed = +(/(\d+) failing/.exec(text)?.[1] ?? 0);
  const shots = fs.readdirSync(results).filter(f => f.endsWith('.png')).length;
  const detail = `${passed} passed, ${failed} failed in ${seconds(Date.now() - t0)}, ${shots} screenshots in ${path.relative(ROOT, results)}/`;
  if (r.timedOut) return { ok: false, detail: `timed out after ${seconds(TIMEOUTS.VIGIL_E2E_TIMEOUT_MS)}; ${detail}` };
  if (r.code === 0 && passed === 0) return { ok: false, detail: 'ran no test' };
  return { ok: r.code === 0, detail };
}

const TIERS = { integration: runIntegration, e2e: runE2E };

/**
 * Runs the named tiers on one server; calls report(stage, {ok, ms, detail}) for each stage
 * (package, integration, e2e) and stops at the first failure. Resolves true when all passed.
 */
export async function runTiers(tiers, report = defaultReport) {
  const workDir = tmpDir('vigil-vscode-');
  fs.mkdirSync(RESULTS, { recursive: true });
  const serverLog = path.join(RESULTS, 'code-server.log');
  fs.rmSync(serverLog, { force: true });
  fs.rmSync(path.join(RESULTS, 'vscode-logs'), { recursive: true, force: true });
  let server, ok = true;
  const stage = async (name, fn) => {
    const t0 = Date.now();
    let r;
    try { r = await fn(); } catch (e) { r = { ok: false, detail: e.message }; }
    report(name, { ...r, ms: Date.now() - t0 });
    ok &&= r.ok;
    return r;
  };
  try {
    let tools, outDir, vsix;
    const prep = await stage('package', async () => {
      tools = await ensureTools();
      vsix = await packageVsix(workDir);
      outDir = await buildTests();
      server = await startServer({ tools, workDir, vsix, testDriver: true, logFile: serverLog });
      return { ok: true, detail: `vigil.vsix ${(fs.statSync(vsix).size / 1e6).toFixed(1)} MB installed, code-server up` };
    });
    if (!prep.ok) return false;
    for (const tier of tiers) {
      const r = await stage(tier, () => TIERS[tier]({ server, tools, outDir, workDir }));
      if (!r.ok) break;
    }
    return ok;
  } finally {
    if (server) await server.stop();
    if (!ok) {
      // The workbench's and extension hosts' own logs, for the failure; the folder itself goes.
      const logs = path.join(workDir, 'user-data', 'logs');
      if (fs.existsSync(logs)) fs.cpSync(logs, path.join(RESULTS, 'vscode-logs'), { recursive: true });
      log(`logs: ${path.relative(ROOT, serverLog)}, ${path.relative(ROOT, path.join(RESULTS, 'vscode-logs'))}/`);
    }
    if (process.env.VIGIL_KEEP_WORK) log(`work folder kept: ${workDir}`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  }
}

function defaultReport(name, { ok, ms, detail }) {
  log(`${ok ? 'PASS' : 'FAIL'} ${name} (${seconds(ms)}): ${detail}`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const tiers = process.argv.slice(2);
  for (const t of tiers) if (!TIERS[t]) { console.error(`unknown tier ${t}; use: ${Object.keys(TIERS).join(' ')}`); process.exit(2); }
  const ok = await runTiers(tiers.length ? tiers : Object.keys(TIERS));
  process.exit(ok ? 0 : 1);  // exit now: playwright or a pending timer would keep node alive
}
