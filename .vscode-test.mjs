// `npm run test:electron`: the integration suite (test/integration) in desktop VS Code through
// @vscode/test-cli, for a contributor whose machine can download VS Code. `npm test` and CI run the same
// suite offline in code-server instead (test/harness/run.mjs). One suite, two launchers: this one loads
// the working tree (build first: the script runs `node esbuild.mjs --tests`), the offline one the VSIX.
// @ts-check
import { defineConfig } from '@vscode/test-cli';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// Fresh user data, extensions and workspace copy per run, removed when the run ends.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-electron-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));
const workspace = path.join(work, 'workspace');
fs.cpSync(path.join(import.meta.dirname, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
fs.mkdirSync(path.join(work, 'user-data', 'User'), { recursive: true });
fs.writeFileSync(path.join(work, 'user-data', 'User', 'settings.json'), JSON.stringify({
  'files.hotExit': 'off', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'workbench.startupEditor': 'none',
  'extensions.autoUpdate': false, 'workbench.welcomePage.walkthroughs.openOnInstall': false,
}));

export default defineConfig({
  label: 'integration',
  files: 'out/test/integration/**/*.test.js',
  // The VS Code the offline launcher runs (code-server 4.139.1); VSCODE_TEST_VERSION=stable for the latest.
  version: process.env.VSCODE_TEST_VERSION ?? '1.139.1',
  workspaceFolder: workspace,
  // Vigil's working tree, and the fake language model the chat tests need (no model exists offline).
  extensionDevelopmentPath: [import.meta.dirname, path.join(import.meta.dirname, 'test', 'fixtures', 'fake-lm')],
  // Vigil's working tree, and a fake language model beside it (the chat paths need one; none exists offline).
  extensionDevelopmentPath: [import.meta.dirname, path.join(import.meta.dirname, 'test', 'fixtures', 'fake-lm')],
  launchArgs: ['--user-data-dir', path.join(work, 'user-data'), '--extensions-dir', path.join(work, 'extensions'),
    '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--disable-extensions'],
  env: { VIGIL_TEST_WORKSPACE: workspace },
  // Same options as test/integration/index.ts (MOCHA_OPTIONS).
  mocha: { ui: 'bdd', timeout: 60_000, color: true },
});
