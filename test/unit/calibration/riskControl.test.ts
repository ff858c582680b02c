import * as assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/calibration/groups';
import { CalibrationSizeError, crcMinimumN, crcThreshold, lambdaGrid, nextUp, ScoredStream, ucbThreshold } from '../../../src/core/calibration/riskControl';

const safe = (...mins: number[]): ScoredStream[] => mins.map(minSafety => ({ minSafety, unsafe: false }));
const unsafe = (...mins: number[]): ScoredStream[] => mins.map(minSafety => ({ minSafety, unsafe: true }));
const range = <T = number>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

describe('calibration/conformal risk control', () => {
  it('false-alarm control: the largest λ with (#{safe m < λ} + 1) / (n + 1) ≤ ε', () => {
    // Safe minima 0.1, 0.2, ..., 1.0 (n = 10), ε = 0.2: (k + 1) / 11 ≤ 0.2 ⇔ k ≤ 1.2, so at most one
    // safe stream may alarm. λ = 0.2 alarms only m = 0.1 (m < λ); any λ above 0.2 alarms two.
    const streams = [...safe(...range(10, i => (i + 1) / 10)), ...unsafe(0.05, 0.15, 0.5)];
    const c = crcThreshold(streams, 'false-alarm', 0.2);
    assert.equal(c.lambda, 0.2);
    assert.equal(c.n, 10);
    assert.equal(c.empiricalRisk, 0.1);
    // ε = 0.1: (k + 1) / 11 ≤ 0.1 ⇔ k ≤ 0.1 → no safe stream may alarm: λ = 0.1 (m = 0.1 is not < 0.1).
    assert.equal(crcThreshold(streams, 'false-alarm', 0.1).lambda, 0.1);
  });

  it('missed-detection control: the smallest λ with (#{unsafe m ≥ λ} + 1) / (n + 1) ≤ ε', () => {
    // Unsafe minima 0.05, 0.10, ..., 0.50 (n = 10), ε = 0.2: at most one may be missed (m ≥ λ).
    // λ = 0.45 misses 0.45 and 0.5; the next double above 0.45 misses only 0.5.
    const streams = [...unsafe(...range(10, i => (i + 1) * 0.05)), ...safe(0.9)];
    const c = crcThreshold(streams, 'missed-detection', 0.2);
    assert.equal(c.lambda, nextUp(0.45));
    assert.ok(c.lambda > 0.45 && c.lambda < 0.4500001);
  });

  it('refuses too few calibration streams, naming the minimum n ≥ 1/ε − 1', () => {
    assert.equal(crcMinimumN(0.05), 19);
    assert.equal(crcMinimumN(0.1), 9);
    assert.equal(crcMinimumN(0.2), 4);
    const few = safe(...range(18, i => i / 18));
    assert.throws(() => crcThreshold(few, 'false-alarm', 0.05), (e: unknown) => e instanceof CalibrationSizeError && e.needed === 19 && e.got === 18 && /at least 19 safe calibration streams/.test(e.message));
    assert.doesNotThrow(() => crcThreshold(safe(...range(19, i => i / 19)), 'false-alarm', 0.05));
    assert.throws(() => crcThreshold(safe(0.5), 'missed-detection', 0.1), /at least 9 unsafe calibration streams/);
  });

  it('handles ties: streams with the same minimum alarm together', () => {
    // Nine safe streams at 0.3 and one at 0.8, ε = 0.5: (k + 1)/11 ≤ 0.5 ⇔ k ≤ 4.5; λ above 0.3 alarms
    // nine, so λ stays at 0.3 (none alarm).
    assert.equal(crcThreshold(safe(...range(9, () => 0.3), 0.8), 'false-alarm', 0.5).lambda, 0.3);
  });

  it('searches an exact grid: every data value and the double just above it, within [0, 1]', () => {
    const g = lambdaGrid([0.5, 1, 0.2, 0.5]);
    assert.deepEqual(g, [0, 0.2, nextUp(0.2), 0.5, nextUp(0.5), 1]);
  });
});

describe('calibration/UCB (Hoeffding-Bentkus)', () => {
  it('keeps λ while the p-value is ≤ δ, from the safe end, and takes the last', () => {
    // Safe minima 0.02, 0.04, ..., 1.00 (n = 50), ε = 0.2, δ = 0.1. With k safe streams alarmed, the
    // p-values (see the Hoeffding-Bentkus tests) are k = 3: 0.0154, k = 4: 0.0503, k = 5: 0.1306 > δ.
    // So at most 4 may alarm: λ = 0.10 (0.02, 0.04, 0.06, 0.08 are below it).
    const streams = [...safe(...range(50, i => (i + 1) / 50)), ...unsafe(0.01, 0.07, 0.3)];
    const c = ucbThreshold(streams, 'false-alarm', 0.2, 0.1);
    assert.equal(c.lambda, 0.1);
    assert.equal(c.empiricalRisk, 4 / 50);
    assert.ok(Math.abs(c.pValue - 0.0502774) < 1e-6);
  });

  it('is more conservative than CRC at the same ε', () => {
    const streams = safe(...range(50, i => (i + 1) / 50));
    // CRC at ε = 0.2: (k + 1)/51 ≤ 0.2 ⇔ k ≤ 9.2 → λ = 0.20; UCB allows only 4.
    assert.equal(crcThreshold(streams, 'false-alarm', 0.2).lambda, 0.2);
    assert.ok(ucbThreshold(streams, 'false-alarm', 0.2, 0.1).lambda < 0.2);
  });

  it('missed-detection control scans down from λ = 1', () => {
    const streams = unsafe(...range(50, i => (i + 1) / 50));
    // Misses are unsafe streams with m ≥ λ; at most 4 may be missed (as above). λ = 1 misses only m = 1;
    // the smallest λ missing four (0.94, 0.96, 0.98, 1) is the double just above 0.92.
    const c = ucbThreshold(streams, 'missed-detection', 0.2, 0.1);
    assert.equal(c.lambda, nextUp(0.92));
  });

  it('refuses too few streams, naming the minimum n ≥ ln δ / ln(1 − ε)', () => {
    assert.throws(() => ucbThreshold(safe(...range(44, i => i / 44)), 'false-alarm', 0.05, 0.1), (e: unknown) => e instanceof CalibrationSizeError && e.needed === 45 && /at least 45 safe calibration streams/.test(e.message));
  });
});

describe('calibration/guarantees on synthetic exchangeable data (property test)', () => {
  // A pool of streams whose minima are exchangeable draws: safe m = U^0.4, unsafe m = U^2.5.
  // Each trial splits the pool at random into calibration (20%) and test (80%) streams and records the
  // realized false-alarm rate on the test streams at the calibrated λ.
  const random = seededRandom(2024);
  const pool: ScoredStream[] = range(3000, i => (i % 3 === 0 ? { minSafety: random() ** 2.5, unsafe: true } : { minSafety: random() ** 0.4, unsafe: false }));
  const TRIALS = 250;

  function trials(choose: (cal: ScoredStream[]) => number): number[] {
    const rates: number[] = [];
    const r = seededRandom(7);
    for (let t = 0; t < TRIALS; t++) {
      const order = range(pool.length, i => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      const cut = Math.round(pool.length * 0.2);
      const cal = order.slice(0, cut).map(i => pool[i]);
      const test = order.slice(cut).map(i => pool[i]).filter(s => !s.unsafe);
      const lambda = choose(cal);
      rates.push(test.filter(s => s.minSafety < lambda).length / test.length);
    }
    return rates;
  }

  for (const epsilon of [0.05, 0.1]) {
    it(`CRC: mean realized false-alarm rate ≤ ε = ${epsilon} within Monte Carlo error (${TRIALS} splits)`, () => {
      const rates = trials(cal => crcThreshold(cal, 'false-alarm', epsilon).lambda);
      const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
      const sd = Math.sqrt(rates.reduce((a, b) => a + (b - mean) ** 2, 0) / (rates.length - 1));
      assert.ok(mean <= epsilon + 3 * (sd / Math.sqrt(rates.length)), `mean ${mean} > ε = ${epsilon} + 3 s.e.`);
      assert.ok(mean > epsilon / 2, `mean ${mean}: CRC should not be far below ε with ${pool.length * 0.2} calibration streams`);
    });

    it(`UCB: P(false-alarm rate > ε = ${epsilon}) ≤ δ = 0.1 within Monte Carlo error (${TRIALS} splits)`, () => {
      const delta = 0.1;
      const rates = trials(cal => ucbThreshold(cal, 'false-alarm', epsilon, delta).lambda);
      const exceed = rates.filter(r => r > epsilon).length / rates.length;
      assert.ok(exceed <= delta + 3 * Math.sqrt((delta * (1 - delta)) / rates.length), `P(rate > ε) = ${exceed} > δ`);
    });
  }
});
