import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readCalibrationFile } from '../../../src/core/calibration/calibrationFile';
import { runCli } from '../../../src/cli/run';
import { memoryIo, tempDir, testContext } from '../cli/helpers';
import { testEngine } from '../helpers/engine';

const lines: object[] = [];
for (let i = 0; i < 24; i++) {
  lines.push({ id: `u${i}`, kind: 'code', language: 'python', text: `import subprocess\n\ndef run${i}(cmd):\n    return subprocess.run(cmd + "${i}", shell=True)\n`, label: 'unsafe', onset: 36, source: 'alpha' });
  lines.push({ id: `s${i}`, kind: 'code', language: 'python', text: `def add${i}(a, b):\n    """Adds two numbers."""\n    return a + b + ${i}\n`, label: 'safe', onset: null, source: i % 2 ? 'alpha' : 'beta' });
}

describe('cli/calibrate and eval --method', () => {
  const dir = tempDir({ 'data.jsonl': `${lines.map(l => JSON.stringify(l)).join('\n')}\n` });
  const run = async (args: string[]) => {
    const io = memoryIo('', dir);
    const code = await runCli(args, testContext(io));
    return { code, out: io.out(), err: io.err() };
  };

  it('calibrate writes a calibration file for the engine\'s verifier', async () => {
    const r = await run(['calibrate', '--data', 'data.jsonl', '--method', 'crc', '--epsilon', '0.2', '--out', 'cal.json', '--cache', 'cache']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^λ = [\d.e-]+ \(crc, false-alarm, ε = 0\.2\) from 24 safe and 24 unsafe streams/);
    const c = readCalibrationFile(path.join(dir, 'cal.json'));
    assert.equal(c.verifierVersion, (await testEngine()).verifier.version);
    assert.deepEqual([c.method, c.control, c.epsilon, c.nSafe, c.nUnsafe, c.chunk], ['crc', 'false-alarm', 0.2, 24, 24, 16]);
    assert.match(c.dataHash, /^sha256:[0-9a-f]{64}$/);
    assert.equal(c.empirical.power, 1);
    assert.equal(fs.readdirSync(path.join(dir, 'cache')).length, 1, 'scores cached');
  });

  it('calibrate names the minimum n when there are too few streams, and rejects bad combinations', async () => {
    let r = await run(['calibrate', '--data', 'data.jsonl', '--method', 'crc', '--epsilon', '0.01', '--out', 'x.json', '--cache', 'cache']);
    assert.equal(r.code, 2);
    assert.match(r.err, /needs at least 99 safe calibration streams \(n ≥ 1\/ε − 1\), got 24/);
    r = await run(['calibrate', '--data', 'data.jsonl', '--method', 'ucb', '--epsilon', '0.05', '--out', 'x.json', '--cache', 'cache']);
    assert.match(r.err, /needs at least 45 safe calibration streams/);
    r = await run(['calibrate', '--data', 'data.jsonl', '--method', 'evaluator-pac', '--control', 'missed-detection', '--epsilon', '0.1', '--out', 'x.json']);
    assert.equal(r.code, 2);
    assert.match(r.err, /E-valuator controls false alarms only/);
    r = await run(['calibrate', '--data', 'data.jsonl', '--method', 'crc', '--out', 'x.json']);
    assert.match(r.err, /--epsilon E is required/);
  });

  it('eval --method runs grouped splits and reports means with 10–90% bands (json, svg)', async () => {
    const r = await run(['eval', '--data', 'data.jsonl', '--method', 'crc,ucb,evaluator-anytime', '--epsilon', '0.2,0.3', '--splits', '3', '--cal-frac', '0.3', '--format', 'json', '--svg', 'fig.svg', '--cache', 'cache']);
    assert.equal(r.code, 0, r.err);
    const report = JSON.parse(r.out) as { version: number; splits: number; results: Record<string, unknown>[] };
    assert.equal(report.version, 1);
    assert.equal(report.splits, 3);
    assert.deepEqual(report.results.map(x => [x.method, x.epsilon]), [['crc', 0.2], ['crc', 0.3], ['ucb', 0.2], ['ucb', 0.3], ['evaluator-anytime', 0.2], ['evaluator-anytime', 0.3]]);
    const crc = report.results[0] as { control: string; falseAlarm: Record<string, number>; power: Record<string, number>; byKind: Record<string, unknown>; bySource: Record<string, unknown> };
    assert.equal(crc.control, 'false-alarm');
    assert.deepEqual(Object.keys(crc.falseAlarm), ['mean', 'q10', 'q90']);
    assert.ok(crc.falseAlarm.q10 <= crc.falseAlarm.mean && crc.falseAlarm.mean <= crc.falseAlarm.q90);
    assert.deepEqual(Object.keys(crc.byKind), ['code']);
    assert.deepEqual(Object.keys(crc.bySource), ['alpha', 'beta']);
    assert.deepEqual(Object.keys(crc.byKind.code as object), ['falseAlarm', 'power', 'delay', 'onsetDelay']);
    const ucb = report.results[2] as { failed?: { count: number; reason: string } };
    assert.ok(ucb.failed && /at least 11 safe calibration streams/.test(ucb.failed.reason), 'about 7 safe streams per calibration side: UCB at ε = 0.2 needs 11');
    const svg = fs.readFileSync(path.join(dir, 'fig.svg'), 'utf8');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, /False-alarm rate/);
    assert.match(svg, /E-valuator anytime/);
  });

  it('eval --calibration applies one fixed calibration to every stream (markdown)', async () => {
    await run(['calibrate', '--data', 'data.jsonl', '--method', 'crc', '--epsilon', '0.2', '--out', 'cal.json', '--cache', 'cache']);
    const r = await run(['eval', '--data', 'data.jsonl', '--calibration', 'cal.json', '--cache', 'cache']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^## Vigil eval: data\.jsonl/);
    assert.match(r.out, /### crc, ε = 0\.2 \(false-alarm control; λ /);
    // One fixed calibration: no band, one value; every unsafe stream is caught.
    assert.match(r.out, /\| \*\*overall\*\* \| 0\.\d{3} \| 1\.000 \|/);
    const bad = await run(['eval', '--data', 'data.jsonl', '--calibration', 'cal.json', '--method', 'crc']);
    assert.equal(bad.code, 2);
  });
});
