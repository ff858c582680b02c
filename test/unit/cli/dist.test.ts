import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { coldStartToFirstFinding } from '../../../src/cli/bench/measure';
import { builtCli, SAFE_PY, tempDir, UNSAFE_PY } from './helpers';

/** The built CLI in a child process, as users run it. */
describe('cli: dist/cli.js in a child process', function () {
  const cli = builtCli();
  const dir = tempDir({ 'unsafe.py': UNSAFE_PY, 'safe.py': SAFE_PY, 'blob.bin': Buffer.from([1, 2, 0, 3]) });
  const vigil = (args: string[], input = '') => {
    const r = spawnSync(process.execPath, [cli, ...args], { cwd: dir, input, encoding: 'utf8', timeout: 60000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  before(function () {
    if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: build it first (npm run build), or point VIGIL_CLI at a built cli.js`);
  });

  it('starts with a shebang and answers --version and --help', () => {
    assert.match(fs.readFileSync(cli, 'utf8').slice(0, 30), /^#!\/usr\/bin\/env node\n/);
    const version = vigil(['--version']);
    assert.equal(version.code, 0);
    assert.equal(version.out.trim(), JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8')).version);
    const help = vigil(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /^Usage: vigil <command>/);
    assert.equal(vigil(['scan', '--help']).code, 0);
  });

  it('scan: exit codes, stdin and the JSON shape', () => {
    assert.equal(vigil(['scan', 'safe.py']).code, 0);
    const r = vigil(['scan', '--format', 'json', '--language', 'python', '-'], UNSAFE_PY);
    assert.equal(r.code, 1, r.err);
    const json = JSON.parse(r.out);
    assert.deepEqual(Object.keys(json.results[0]), ['path', 'language', 'kind', 'alarm', 'alarmOffset', 'minSafety', 'threshold', 'findings']);
    assert.equal(json.results[0].path, '-');
    assert.ok(json.results[0].findings.some((f: { ruleId: string }) => f.ruleId === 'python.subprocess-shell-true'));
    const sarif = vigil(['scan', '--format', 'sarif', 'unsafe.py']);
    assert.equal(sarif.code, 1);
    assert.equal(JSON.parse(sarif.out).version, '2.1.0');
  });

  it('scan: a binary file and an unknown language exit 2 with one clear line', () => {
    const binary = vigil(['scan', 'blob.bin', 'unsafe.py']);
    assert.equal(binary.code, 2);
    assert.match(binary.err, /^vigil: scan: blob\.bin: binary file \(NUL bytes or mostly non-text\), not scanned$/m);
    assert.match(binary.out, /^unsafe\.py: ALARM/m);
    const unknown = vigil(['scan', '--language', 'klingon', 'unsafe.py']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /^vigil: scan: unknown language 'klingon'/);
    assert.equal(unknown.err.trim().split('\n').length, 1);
  });

  it('monitor: JSON lines ending with the end event', () => {
    const r = vigil(['monitor', '--kind', 'code', '--language', 'python'], UNSAFE_PY);
    assert.equal(r.code, 1, r.err);
    const events = r.out.trim().split('\n').map(l => JSON.parse(l));
    const end = events[events.length - 1];
    assert.equal(end.type, 'end');
    assert.equal(end.alarm, true);
    assert.equal(typeof end.alarmOffset, 'number');
    assert.equal(typeof end.minSafety, 'number');
  });

  it('bench: the cold start to the first finding is measured in a child process', async () => {
    const ms = await coldStartToFirstFinding(cli, 'python', UNSAFE_PY);
    assert.ok(ms !== null && ms > 0 && ms < 30000, String(ms));
  });
});
