import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Engine, Verifier } from '../../../src/core';
import { calibrate, CalibrationStream, policyFromCalibration } from '../../../src/core/calibration/calibrate';
import { CalibrationMismatchError, formatCalibration, readCalibrationFile, validateCalibration } from '../../../src/core/calibration/calibrationFile';
import { seededRandom } from '../../../src/core/calibration/groups';

const fakeVerifier = (version: string): Verifier => ({ version, start: () => ({ observe() {}, score: () => 1 }) });

/** 60 safe streams with minima 0.3..0.89 and 40 unsafe ones falling to 0.05..0.44. */
function streams(): CalibrationStream[] {
  const r = seededRandom(3);
  const out: CalibrationStream[] = [];
  for (let i = 0; i < 60; i++) out.push({ safeties: [0.95, 0.3 + i / 100, 0.9], unsafe: false, group: `s${i}` });
  for (let i = 0; i < 40; i++) out.push({ safeties: [0.9, 0.5 + r() * 0.1, 0.05 + i / 100], unsafe: true, group: `u${i}` });
  return out;
}

const meta = { verifierVersion: 'test-v1', dataHash: 'sha256:abc', data: 'x.jsonl', chunk: 16 };

describe('calibration/file', () => {
  it('records method, control, ε, δ, λ, n_safe, n_unsafe, the data hash and the verifier version', () => {
    const c = calibrate(streams(), { method: 'crc', control: 'false-alarm', epsilon: 0.1, ...meta });
    // CRC at ε = 0.1 with n_safe = 60: (k + 1)/61 ≤ 0.1 ⇔ k ≤ 5.1 → 5 safe minima below λ: λ = 0.35.
    assert.equal(c.lambda, 0.35);
    assert.equal(c.delta, null);
    assert.deepEqual([c.method, c.control, c.epsilon, c.nSafe, c.nUnsafe, c.dataHash, c.verifierVersion], ['crc', 'false-alarm', 0.1, 60, 40, 'sha256:abc', 'test-v1']);
    assert.equal(c.empirical.falseAlarm, 0.083333, '5/60, rounded to 6 places');
    assert.equal(c.empirical.power, 30 / 40, 'unsafe minima 0.05..0.34 are below λ');
    const u = calibrate(streams(), { method: 'ucb', control: 'false-alarm', epsilon: 0.1, delta: 0.2, ...meta });
    assert.equal(u.delta, 0.2);
    assert.ok(u.lambda! <= c.lambda!);
  });

  it('round-trips through a file and validates every field', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-cal-'));
    const file = path.join(dir, 'c.json');
    const c = calibrate(streams(), { method: 'evaluator-pac', control: 'false-alarm', epsilon: 0.2, ...meta });
    fs.writeFileSync(file, formatCalibration(c));
    const back = readCalibrationFile(file);
    assert.deepEqual(back, c);
    assert.ok(back.evaluator && back.evaluator.threshold > 0);
    assert.throws(() => validateCalibration({ ...c, epsilon: 2 }, 'c.json'), /^Error: c\.json: 'epsilon' must be a number in \(0, 1\)$/);
    assert.throws(() => validateCalibration({ ...c, format: 'x' }, 'c.json'), /not a Vigil calibration file/);
    assert.throws(() => readCalibrationFile(path.join(dir, 'missing.json')), /missing\.json: no such file/);
  });

  it('E-valuator refuses missed-detection control', () => {
    assert.throws(() => calibrate(streams(), { method: 'evaluator-anytime', control: 'missed-detection', epsilon: 0.1, ...meta }), /false alarms only/);
  });

  it('the policy of a calibration is refused for another verifier version', () => {
    const c = calibrate(streams(), { method: 'crc', control: 'false-alarm', epsilon: 0.1, ...meta });
    assert.equal(policyFromCalibration(c, fakeVerifier('test-v1')).threshold, 0.35);
    assert.throws(() => policyFromCalibration(c, fakeVerifier('test-v2'), 'my.json'), (e: unknown) => e instanceof CalibrationMismatchError
      && /^my\.json was made for verifier 'test-v1', but the engine uses verifier 'test-v2'/.test(e.message));
  });

  it('the engine uses a given calibration, and refuses one made for another verifier', async () => {
    const c = calibrate(streams(), { method: 'crc', control: 'false-alarm', epsilon: 0.1, ...meta });
    const engine = await Engine.create({ verifier: fakeVerifier('test-v1'), calibration: c });
    assert.equal(engine.policy.threshold, 0.35);
    assert.match(engine.policy.description, /^s_t < 0\.35 \(CRC, expected false-alarm rate ≤ 0\.1\)$/);
    await assert.rejects(Engine.create({ verifier: fakeVerifier('other'), calibration: c, calibrationSource: 'cal.json' }), /cal\.json was made for verifier 'test-v1', but the engine uses verifier 'other'/);
    const plain = await Engine.create({ verifier: fakeVerifier('other'), calibration: null });
    assert.equal(plain.policy.threshold, 0.5);
  });
});
