import * as assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/calibration/groups';
import { CalibrationSizeError } from '../../../src/core/calibration/riskControl';
import { bucketOf, EValueRun, fitEvaluatorModel, maxEValue, ScoredTrajectory } from '../../../src/core/evaluator/model';
import { anytimeThreshold, evaluatorPolicy, pacMinimumN, pacThreshold } from '../../../src/core/evaluator/policy';

/** Synthetic trajectories: safe streams hover near 0.8, unsafe ones fall toward 0.2 as they go on. */
function synthetic(n: number, seed: number): ScoredTrajectory[] {
  const r = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const unsafe = i % 2 === 0;
    const steps = 5 + Math.floor(r() * 40);
    const safeties = Array.from({ length: steps }, (_, t) => {
      const base = unsafe ? 0.8 - (0.6 * t) / steps : 0.8;
      return Math.min(0.99, Math.max(0.01, base + (r() - 0.5) * 0.3));
    });
    return { safeties, unsafe };
  });
}

describe('evaluator/E-valuator', () => {
  it('groups steps into doubling buckets', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 8, 9, 16, 17].map(bucketOf), [0, 1, 2, 2, 3, 3, 4, 4, 5]);
    assert.equal(bucketOf(1e9), 14);
  });

  it('anytime threshold: 1/ε (Ville)', () => {
    assert.equal(anytimeThreshold(0.05), 20);
    assert.equal(anytimeThreshold(0.1), 10);
  });

  it('PAC threshold: the k-th smallest maximum, k the smallest with P(Bin(n, 1−ε) ≥ k) ≤ δ', () => {
    // n = 20 maxima 1..20, ε = 0.2, δ = 0.1:
    // P(Bin(20, 0.8) ≥ 19) = 20·0.8^19·0.2 + 0.8^20 = 0.0576461 + 0.0115292 = 0.0691753 ≤ 0.1
    // P(Bin(20, 0.8) ≥ 18) = 0.0691753 + 190·0.8^18·0.2^2 = 0.0691753 + 0.1369094 = 0.2060847 > 0.1
    // so k = 19 and the bound is the 19th smallest maximum, 19; the alarm fires above it.
    const t = pacThreshold(Array.from({ length: 20 }, (_, i) => 20 - i), 0.2, 0.1);
    assert.ok(t > 19 && t < 19.000001, String(t));
  });

  it('PAC: too few safe streams is an error naming the minimum n ≥ ln δ / ln(1 − ε)', () => {
    assert.equal(pacMinimumN(0.2, 0.1), 11);
    assert.equal(pacMinimumN(0.05, 0.1), 45);
    assert.throws(() => pacThreshold(Array.from({ length: 10 }, (_, i) => i), 0.2, 0.1), (e: unknown) => e instanceof CalibrationSizeError && e.needed === 11 && /at least 11 safe streams/.test(e.message));
  });

  it('fits density ratios that grow on unsafe streams and stay small on safe ones', () => {
    const model = fitEvaluatorModel(synthetic(400, 1));
    const test = synthetic(200, 2);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const logMax = (unsafe: boolean) => mean(test.filter(s => s.unsafe === unsafe).map(s => Math.log(maxEValue(model, s.safeties))));
    assert.ok(logMax(true) > logMax(false) + 2, `unsafe ${logMax(true)} vs safe ${logMax(false)}`);
    const policy = evaluatorPolicy(model, anytimeThreshold(0.1), 'anytime');
    const alarmRate = (unsafe: boolean) => {
      const list = test.filter(s => s.unsafe === unsafe);
      return list.filter(s => {
        const run = policy.start();
        return s.safeties.some(v => run.update(v));
      }).length / list.length;
    };
    assert.ok(alarmRate(true) > 0.5, `power ${alarmRate(true)}`);
    assert.ok(alarmRate(false) < 0.2, `false alarms ${alarmRate(false)}`);
    assert.match(policy.description, /^M_t ≥ 10 \(E-valuator anytime\)$/);
  });

  it('carries M_t over steps whose bucket has no model', () => {
    const run = new EValueRun({ buckets: [[0, 0, 0, 0, 0], null, ...Array.from({ length: 13 }, () => null)] });
    assert.equal(run.push(0.5), 1);
    assert.equal(run.push(0.1), 1, 'bucket 1 has no model: M_2 = M_1');
  });
});
