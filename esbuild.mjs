// One build script, an entry per runtime (STYLE.md #10).
//   node esbuild.mjs [--production] [--watch] [--tests]
// dist/extension.js  VS Code extension host (node, cjs, `vscode` external)
// dist/cli.js        the `vigil` command (node, cjs, shebang)
// dist/webview/      the review panel's page script (browser)
// dist/rules.json    every built-in rule file under src/rules, as one JSON array
// dist/*.wasm        web-tree-sitter runtime and the grammar of every supported language
// dist/calibration/  the learned verifier's weights and the default calibration (src/models)
// out/               (--tests) unit and integration tests transpiled file by file for mocha
import * as esbuild from 'esbuild';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';

const require = createRequire(import.meta.url);
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');
const root = path.dirname(new URL(import.meta.url).pathname);
const dist = path.join(root, 'dist');

/** Grammar packages and the wasm file each ships; the engine's language registry names the same files. */
const GRAMMARS = [
  ['tree-sitter-python', 'tree-sitter-python.wasm'],
  ['tree-sitter-javascript', 'tree-sitter-javascript.wasm'],
  ['tree-sitter-typescript', 'tree-sitter-typescript.wasm'],
  ['tree-sitter-typescript', 'tree-sitter-tsx.wasm'],
  ['tree-sitter-java', 'tree-sitter-java.wasm'],
  ['tree-sitter-c', 'tree-sitter-c.wasm'],
  ['tree-sitter-cpp', 'tree-sitter-cpp.wasm'],
  ['tree-sitter-c-sharp', 'tree-sitter-c_sharp.wasm'],
  ['tree-sitter-go', 'tree-sitter-go.wasm'],
  ['tree-sitter-rust', 'tree-sitter-rust.wasm'],
  // PHP without the HTML layer: completions and chat snippets are mostly code without a leading <?php.
  ['tree-sitter-php', 'tree-sitter-php_only.wasm'],
  ['tree-sitter-ruby', 'tree-sitter-ruby.wasm'],
  ['tree-sitter-bash', 'tree-sitter-bash.wasm'],
];

function copyAssets() {
  // Start from an empty grammar folder so that a grammar no longer used does not ship.
  fs.rmSync(path.join(dist, 'grammars'), { recursive: true, force: true });
  fs.mkdirSync(path.join(dist, 'grammars'), { recursive: true });
  const wts = path.dirname(require.resolve('web-tree-sitter/web-tree-sitter.wasm'));
  fs.copyFileSync(path.join(wts, 'web-tree-sitter.wasm'), path.join(dist, 'web-tree-sitter.wasm'));
  for (const [pkg, file] of GRAMMARS) {
    const dir = path.dirname(require.resolve(`${pkg}/package.json`));
    fs.copyFileSync(path.join(dir, file), path.join(dist, 'grammars', file));
  }
  // The learned verifier's weights and the default calibration (made by `npm run train` / `npm run calibrate`).
  const models = path.join(root, 'src', 'models');
  fs.rmSync(path.join(dist, 'calibration'), { recursive: true, force: true });
  if (fs.existsSync(models)) {
    fs.mkdirSync(path.join(dist, 'calibration'), { recursive: true });
    for (const f of fs.readdirSync(models).filter(f => f.endsWith('.json'))) fs.copyFileSync(path.join(models, f), path.join(dist, 'calibration', f));
  }
}

/** Collects src/rules/**.yaml into dist/rules.json; the engine validates each rule when it loads the pack. */
function buildRulePack() {
  const rulesDir = path.join(root, 'src', 'rules');
  const rules = [];
  const walk = dir => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry.name)) {
        const rule = parseYaml(fs.readFileSync(full, 'utf8'));
        rules.push({ ...rule, source: path.relative(rulesDir, full) });
      }
    }
  };
  if (fs.existsSync(rulesDir)) walk(rulesDir);
  fs.writeFileSync(path.join(dist, 'rules.json'), JSON.stringify({ version: 1, rules }));
  return rules.length;
}

/** web-tree-sitter's ESM build reads import.meta.url, which is empty under cjs bundling: use its CJS build. */
const webTreeSitterCjs = {
  name: 'web-tree-sitter-cjs',
  setup(build) {
    build.onResolve({ filter: /^web-tree-sitter$/ }, () => ({ path: require.resolve('web-tree-sitter') }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  plugins: [webTreeSitterCjs],
  // Only resolved when running from source; bundles find the wasm copied next to them.
  external: ['web-tree-sitter/web-tree-sitter.wasm'],
};

const builds = [
  // The banner marks when VS Code starts loading the bundle, so activation time includes code loading.
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: [...common.external, 'vscode'], banner: { js: '"use strict"; var __vigilLoadStart = performance.now();' }, footer: { js: 'var __vigilLoadEnd = performance.now();' } },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { bundle: true, platform: 'browser', format: 'iife', target: 'es2022', sourcemap: !production, minify: production, logLevel: 'warning', entryPoints: ['src/webview/details.ts'], outfile: 'dist/webview/details.js' },
];

function listFiles(dir, pattern) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true }).map(f => path.join(dir, f)).filter(f => pattern.test(f));
}

/** Where tests are transpiled: `out/`, or `$VIGIL_OUT` (a folder inside the repo) to keep parallel runs apart. */
const testsOut = process.env.VIGIL_OUT || 'out';

async function buildTests() {
  // Transpile only (no bundling), so tests import the same modules the product is built from.
  const entryPoints = [...listFiles('src', /\.ts$/), ...listFiles('test', /\.ts$/)].filter(f => !f.startsWith(path.join('test', 'fixtures')) && !f.startsWith(path.join('src', 'rules')));
  await esbuild.build({ entryPoints, outdir: testsOut, outbase: '.', format: 'cjs', platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' });
}

const started = Date.now();
if (tests && process.env.VIGIL_OUT) {
  // Tests only, into a private folder: leaves dist/ alone for whoever else is using it.
  await buildTests();
  console.log(`[esbuild] tests built into ${testsOut} in ${Date.now() - started} ms`);
  process.exit(0);
}
copyAssets();
const ruleCount = buildRulePack();
if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('[esbuild] watching');
} else {
  await Promise.all(builds.map(options => esbuild.build(options)));
  if (tests) await buildTests();
  fs.chmodSync(path.join(dist, 'cli.js'), 0o755);
  console.log(`[esbuild] built ${builds.length} bundles, ${ruleCount} rules${tests ? ' and the tests' : ''} in ${Date.now() - started} ms`);
}
