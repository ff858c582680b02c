// The real-VS-Code harness: tools, packaging, a code-server per run, and process-group bookkeeping.
// Used by run.mjs (integration + e2e tiers), test-all.mjs (`npm test`) and start.mjs (`npm start`).
//
// Every child that can outlive a step is started in its own process group and killed as a group
// (server, extension host, file watchers, npm and what it spawns); every wait has a time-out.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RESULTS = path.join(ROOT, 'test-results');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
export const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;

/** Time-outs in ms, each overridable by an environment variable of the same name. */
export const TIMEOUTS = Object.fromEntries(Object.entries({
  VIGIL_TOOLS_TIMEOUT_MS: 45 * 60_000,        // first install of Node 24 + code-server (+ apt)
  VIGIL_PACKAGE_TIMEOUT_MS: 10 * 60_000,      // npm run package
  VIGIL_SERVER_START_TIMEOUT_MS: 120_000,     // code-server answers /healthz
  VIGIL_INSTALL_TIMEOUT_MS: 180_000,          // code-server --install-extension
  VIGIL_INTEGRATION_TIMEOUT_MS: 10 * 60_000,  // whole mocha run in the extension host
  VIGIL_E2E_TIMEOUT_MS: 10 * 60_000,          // whole e2e mocha run
}).map(([k, v]) => [k, Number(process.env[k]) || v]));

export const log = (...args) => console.log('[harness]', ...args);
export const seconds = ms => `${(ms / 1000).toFixed(1)} s`;

// ---- process groups ---------------------------------------------------------------------------

const groups = new Set();

/** Kills a whole process group: TERM, then KILL after graceMs if anything is left. */
export async function killGroup(pid, graceMs = 5000) {
  const alive = () => { try { process.kill(-pid, 0); return true; } catch { return false; } };
  if (!alive()) { groups.delete(pid); return; }
  try { process.kill(-pid, 'SIGTERM'); } catch { /* gone */ }
  for (const until = Date.now() + graceMs; alive() && Date.now() < until;) await new Promise(r => setTimeout(r, 100));
  if (alive()) try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
  groups.delete(pid);
}

function track(pid) {
  groups.add(pid);
  // .ci/run passes a file to note every group in, and kills what is left of them when it exits.
  if (process.env.VIGIL_PGID_FILE) fs.appendFileSync(process.env.VIGIL_PGID_FILE, `${pid}\n`);
}

let exiting = false;
process.on('exit', () => { for (const pid of groups) try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ } });
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(signal, () => {
    if (exiting) return;
    exiting = true;
    console.log(`\n[harness] ${signal}: stopping ${groups.size} process group(s)`);
    Promise.all([...groups].map(pid => killGroup(pid, 3000))).finally(() => process.exit(code));
  });
}

/**
 * Runs a command in its own process group, bounded by timeoutMs (the whole group is killed then).
 * Resolves {code, out, timedOut}; `out` holds stdout when capture is set (stderr is always shown).
 */
export function run(cmd, args, { cwd = ROOT, env = process.env, timeoutMs, capture = false, tee } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ['ignore', capture || tee ? 'pipe' : 'inherit', tee ? 'pipe' : 'inherit'] });
    track(child.pid);
    let out = '', timedOut = false;
    const sink = tee ? fs.createWriteStream(tee) : undefined;
    child.stdout?.on('data', d => { if (capture) out += d; else process.stdout.write(d); sink?.write(d); });
    child.stderr?.on('data', d => { process.stderr.write(d); sink?.write(d); });
    const timer = timeoutMs && setTimeout(() => {
      timedOut = true;
      console.error(`[harness] time-out after ${seconds(timeoutMs)}: ${cmd} ${args.join(' ')}`);
      void killGroup(child.pid);
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', code => {
      clearTimeout(timer);
      sink?.end();
      void killGroup(child.pid, 2000);  // whatever it left behind
      resolve({ code: timedOut ? 124 : code ?? 1, out, timedOut });
    });
  });
}

/** Like run, but throws unless the command exits 0. */
export async function runOk(label, cmd, args, options) {
  const r = await run(cmd, args, options);
  if (r.code !== 0) throw new Error(`${label} ${r.timedOut ? 'timed out' : `exited with ${r.code}`}`);
  return r;
}

// ---- tools, build, package --------------------------------------------------------------------

/** Installs Node 24, code-server and chromium on first use (test/harness/tools.sh); returns their paths. */
export async function ensureTools() {
  const { out } = await runOk('tools.sh', 'bash', [path.join(ROOT, 'test', 'harness', 'tools.sh')], { capture: true, timeoutMs: TIMEOUTS.VIGIL_TOOLS_TIMEOUT_MS });
  const vars = Object.fromEntries(out.trim().split('\n').map(l => l.split(/=(.*)/s).slice(0, 2)));
  return { node24: vars.VIGIL_NODE24, codeServer: vars.VIGIL_CODE_SERVER, chromium: vars.VIGIL_CHROMIUM };
}

/** `npm run package` (the command users and the README use); returns the VSIX, copied into dir. */
export async function packageVsix(dir) {
  await runOk('npm run package', 'npm', ['run', '--silent', 'package'], { timeoutMs: TIMEOUTS.VIGIL_PACKAGE_TIMEOUT_MS });
  const vsix = path.join(dir, 'vigil.vsix');
  fs.copyFileSync(path.join(ROOT, 'vigil.vsix'), vsix);
  return vsix;
}

/** Transpiles the tests (only) into $VIGIL_OUT or out/; returns that folder. */
export async function buildTests() {
  const out = process.env.VIGIL_OUT || 'out';
  // Tests whose source was deleted must not linger in the output and run anyway.
  for (const tier of ['integration', 'e2e']) fs.rmSync(path.resolve(ROOT, out, 'test', tier), { recursive: true, force: true });
  await runOk('test build', process.execPath, ['esbuild.mjs', '--tests'], { env: { ...process.env, VIGIL_OUT: out }, timeoutMs: 300_000 });
  return path.resolve(ROOT, out);
}

/** A fresh copy of a fixture folder, so runs never edit the repo and never share workspace storage. */
export function copyWorkspace(fixture, dest) {
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', fixture), dest, { recursive: true });
  return dest;
}

export function freshResults(sub) {
  const dir = path.join(RESULTS, sub);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

// ---- code-server ------------------------------------------------------------------------------

export async function freePort(preferred) {
  const tryPort = port => new Promise(resolve => {
    const s = net.createServer().once('error', () => resolve(undefined));
    s.listen(port, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
  return (preferred && await tryPort(preferred)) || tryPort(0);
}

/** User settings of every run: no telemetry, updates, welcome pages, hot exit or AI panels. */
export const BASE_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'files.hotExit': 'off',
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'git.enabled': false,
};

/**
 * Installs the VSIX into fresh user-data, extensions and XDG folders under workDir and starts
 * code-server (opening `folder` by default) on a loopback port in its own process group. Returns {url, extensionDir, stop(), whenExited}.
 */
export async function startServer({ tools, workDir, vsix, port, host = '127.0.0.1', settings = {}, testDriver = false, logFile, folder }) {
  const dirs = Object.fromEntries(['user-data', 'extensions', 'config', 'data', 'cache', 'state'].map(d => [d, path.join(workDir, d)]));
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(dirs['user-data'], 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs['user-data'], 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 2));
  const env = { ...process.env, XDG_CONFIG_HOME: dirs.config, XDG_DATA_HOME: dirs.data, XDG_CACHE_HOME: dirs.cache, XDG_STATE_HOME: dirs.state };
  delete env.VSCODE_IPC_HOOK_CLI;  // a terminal inside VS Code would redirect the CLI to that window
  const base = [tools.codeServer, '--config', '/dev/null', '--user-data-dir', dirs['user-data'], '--extensions-dir', dirs.extensions];

  const t0 = Date.now();
  const inst = await run(tools.node24, [...base, '--install-extension', vsix], { env, capture: true, timeoutMs: TIMEOUTS.VIGIL_INSTALL_TIMEOUT_MS });
  if (inst.code !== 0) throw new Error(`--install-extension failed (${inst.code}): ${inst.out.trim()}`);
  const listed = (await runOk('--list-extensions', tools.node24, [...base, '--list-extensions', '--show-versions'], { env, capture: true, timeoutMs: 60_000 })).out;
  const want = `${EXTENSION_ID}@${manifest.version}`;
  if (!listed.split('\n').map(s => s.trim().toLowerCase()).includes(want.toLowerCase())) throw new Error(`VSIX not installed: wanted ${want}, listed: ${listed.trim()}`);
  const extensionDir = fs.readdirSync(dirs.extensions).map(d => path.join(dirs.extensions, d)).find(d => path.basename(d).toLowerCase() === `${EXTENSION_ID}-${manifest.version}`.toLowerCase());
  if (!extensionDir) throw new Error(`installed ${want} but found no folder for it in ${dirs.extensions}`);
  log(`installed ${want} from ${path.basename(vsix)} in ${seconds(Date.now() - t0)}`);

  port = await freePort(port);
  const args = [...base, '--auth', 'none', '--bind-addr', `${host}:${port}`, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened'];
  // Honours the ?payload= of the test driver (extensionTestsPath, codeAutomationExit).
  if (testDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (folder) args.push(folder);  // what the bare URL opens
  const out = fs.openSync(logFile ?? path.join(workDir, 'code-server.log'), 'a');
  const child = spawn(tools.node24, args, { env, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  track(child.pid);
  let exited;
  const whenExited = new Promise(resolve => child.on('exit', code => { exited = code ?? 'signal'; resolve(exited); }));
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  const stop = () => killGroup(child.pid);
  for (const until = Date.now() + TIMEOUTS.VIGIL_SERVER_START_TIMEOUT_MS; ;) {
    if (exited !== undefined) throw new Error(`code-server exited (${exited}) while starting; see ${logFile}`);
    if (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) }).then(r => r.ok, () => false)) break;
    if (Date.now() > until) { await stop(); throw new Error(`code-server did not answer within ${seconds(TIMEOUTS.VIGIL_SERVER_START_TIMEOUT_MS)}`); }
    await new Promise(r => setTimeout(r, 300));
  }
  log(`code-server (pid ${child.pid}, its own process group) on ${url} after ${seconds(Date.now() - t0)}`);
  return { url, port, pid: child.pid, extensionDir, stop, whenExited };
}

/** The workbench URL for a folder, with an optional smoke-test-driver payload. */
export function workbenchUrl(base, folder, payload) {
  let u = `${base}/?folder=${encodeURIComponent(folder)}`;
  if (payload) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return u;
}

export async function launchChromium(executablePath) {
  const { chromium } = await import('playwright-core');
  // playwright-core gives every launch a fresh temporary profile.
  return chromium.launch({
    executablePath, headless: true, timeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export function tmpDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
