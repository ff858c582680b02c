// Entry the extension host loads (extensionTestsPath) when the offline code-server launcher runs the
// integration tier (test/harness/run.mjs). `npm run test:electron` (.vscode-test.mjs) runs the same
// *.test.js files with the same mocha options through @vscode/test-cli instead.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export const MOCHA_OPTIONS = { ui: 'bdd', timeout: 60_000, color: false } as const;

export function run(): Promise<void> {
  // VIGIL_TEST_GREP runs only the matching tests (for working on one suite; CI runs them all).
  const mocha = new Mocha({ ...MOCHA_OPTIONS, reporter: 'spec', ...(process.env.VIGIL_TEST_GREP ? { grep: process.env.VIGIL_TEST_GREP } : {}) });
  const files = fs.readdirSync(__dirname, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    let passed = 0;
    const runner = mocha.run(failures => {
      // Read by the harness for its summary; the plain "N passed, N failed" form.
      console.log(`integration: ${passed} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration test${failures > 1 ? 's' : ''} failed`));
      else if (passed === 0) reject(new Error('no integration test ran'));
      else resolve();
    });
    runner.on('pass', () => { passed++; });
  });
}
