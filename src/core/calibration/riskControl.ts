// Choosing λ for the monitor "alarm at the first t with s_t < λ" from labelled calibration streams.
// A stream alarms at λ exactly when its running minimum m = min_t s_t is below λ, so each
// calibration stream is summarised by m and its label.
import { hoeffdingBentkusMinimumN, hoeffdingBentkusPValue } from './hoeffdingBentkus';

/** Which error the guarantee bounds. */
export type Control = 'false-alarm' | 'missed-detection';
export const CONTROLS: readonly Control[] = ['false-alarm', 'missed-detection'];

/** One calibration stream: the minimum of s_t over the stream, and whether it was unsafe. */
export interface ScoredStream {
  minSafety: number;
  unsafe: boolean;
}

/** Too few calibration streams for the requested ε (and δ): names the minimum. */
export class CalibrationSizeError extends Error {
  constructor(
    readonly needed: number,
    readonly got: number,
    detail: string,
  ) {
    super(detail);
    this.name = 'CalibrationSizeError';
  }
}

export interface ThresholdChoice {
  lambda: number;
  /** Empirical controlled risk on the calibration streams at λ (false alarms / n_safe or misses / n_unsafe). */
  empiricalRisk: number;
  /** The calibration streams the risk is counted over (safe ones for false-alarm control). */
  n: number;
}

/** The smallest double above x (for "just above a data value": s_t < λ then counts m = x as alarmed). */
export function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return Number.MIN_VALUE;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const bits = buf.getBigUint64(0);
  buf.setBigUint64(0, x > 0 ? bits + 1n : bits - 1n);
  return buf.getFloat64(0);
}

/**
 * The λ grid: every value at which a count changes, 0 and 1. For each data value v both v (m = v
 * does not alarm) and the next double above it (it does) are candidates, so the search over the
 * grid is exact. λ stays in [0, 1] (the engine's threshold policy takes no other), so a stream whose
 * s_t stays at exactly 1 can never alarm.
 */
export function lambdaGrid(mins: readonly number[]): number[] {
  const set = new Set<number>([0, 1]);
  for (const raw of mins) {
    const v = Math.min(1, Math.max(0, raw));
    set.add(v);
    if (v < 1) set.add(nextUp(v));
  }
  return [...set].sort((a, b) => a - b);
}

/** Risk counts at every λ of an ascending grid (one sort, one sweep). */
function countsBelow(sortedValues: readonly number[], grid: readonly number[]): number[] {
  const counts: number[] = new Array(grid.length);
  let i = 0;
  for (let g = 0; g < grid.length; g++) {
    while (i < sortedValues.length && sortedValues[i] < grid[g]) i++;
    counts[g] = i;
  }
  return counts;
}

/** Per grid λ: the streams the controlled risk counts (safe ones alarmed, or unsafe ones missed), and n. */
function riskCounts(streams: readonly ScoredStream[], control: Control, grid: readonly number[]): { counts: number[]; n: number } {
  const relevant = streams.filter(s => (control === 'false-alarm' ? !s.unsafe : s.unsafe)).map(s => s.minSafety).sort((a, b) => a - b);
  const below = countsBelow(relevant, grid);
  return { counts: control === 'false-alarm' ? below : below.map(b => relevant.length - b), n: relevant.length };
}

function checkEpsilon(epsilon: number): void {
  if (!(epsilon > 0 && epsilon < 1)) throw new RangeError(`ε must be in (0, 1), got ${epsilon}`);
}

const streamWord = (control: Control) => (control === 'false-alarm' ? 'safe' : 'unsafe');

/** CRC needs (0 + 1) / (n + 1) ≤ ε, i.e. n ≥ 1/ε − 1. */
export function crcMinimumN(epsilon: number): number {
  return Math.max(0, Math.ceil(1 / epsilon - 1 - 1e-9));
}

/**
 * Conformal risk control. False-alarm control: the largest λ with
 * (#{safe streams with m < λ} + 1) / (n_safe + 1) ≤ ε. Missed-detection control: the smallest λ with
 * (#{unsafe streams with m ≥ λ} + 1) / (n_unsafe + 1) ≤ ε. The expected rate on new exchangeable
 * streams is then at most ε.
 */
export function crcThreshold(streams: readonly ScoredStream[], control: Control, epsilon: number, grid: readonly number[] = lambdaGrid(streams.map(s => s.minSafety))): ThresholdChoice {
  checkEpsilon(epsilon);
  const { counts, n } = riskCounts(streams, control, grid);
  const needed = crcMinimumN(epsilon);
  if (n < needed) {
    throw new CalibrationSizeError(needed, n, `conformal risk control at ε = ${epsilon} needs at least ${needed} ${streamWord(control)} calibration streams (n ≥ 1/ε − 1), got ${n}`);
  }
  const ok = (g: number) => (counts[g] + 1) / (n + 1) <= epsilon;
  let best = -1;
  if (control === 'false-alarm') {
    for (let g = 0; g < grid.length; g++) if (ok(g)) best = g; // counts rise with λ: the valid λ form a prefix
  } else {
    for (let g = grid.length - 1; g >= 0; g--) if (ok(g)) best = g; // misses fall with λ: a suffix
  }
  if (best < 0) throw new CalibrationSizeError(needed, n, `no λ in [0, 1] meets ε = ${epsilon}: too many ${streamWord(control)} calibration streams have s_t = 1 throughout`);
  return { lambda: grid[best], empiricalRisk: n ? counts[best] / n : 0, n };
}

/**
 * Upper confidence bound (Bates et al. 2021): λ values are tested in order from the safe end
 * (λ = 0 raises no alarm, for false-alarm control; the largest λ, for missed-detection control)
 * and kept while the Hoeffding-Bentkus p-value is ≤ δ; the last one kept is the most powerful
 * valid λ. With probability ≥ 1 − δ over the calibration draw, the rate is then ≤ ε.
 */
export function ucbThreshold(streams: readonly ScoredStream[], control: Control, epsilon: number, delta: number, grid: readonly number[] = lambdaGrid(streams.map(s => s.minSafety))): ThresholdChoice & { pValue: number } {
  checkEpsilon(epsilon);
  if (!(delta > 0 && delta < 1)) throw new RangeError(`δ must be in (0, 1), got ${delta}`);
  const { counts, n } = riskCounts(streams, control, grid);
  const needed = hoeffdingBentkusMinimumN(epsilon, delta);
  if (n < needed) {
    throw new CalibrationSizeError(needed, n, `the Hoeffding-Bentkus bound at ε = ${epsilon}, δ = ${delta} needs at least ${needed} ${streamWord(control)} calibration streams (n ≥ ln δ / ln(1 − ε)), got ${n}`);
  }
  const order = control === 'false-alarm' ? grid.map((_, g) => g) : grid.map((_, g) => grid.length - 1 - g);
  let best = -1;
  let bestP = 1;
  for (const g of order) {
    const p = hoeffdingBentkusPValue(counts[g] / n, n, epsilon);
    if (p > delta) break;
    best = g;
    bestP = p;
  }
  if (best < 0) throw new CalibrationSizeError(needed, n, `no λ in [0, 1] is certified at ε = ${epsilon}, δ = ${delta}: too many ${streamWord(control)} calibration streams have s_t = 1 throughout`);
  return { lambda: grid[best], empiricalRisk: counts[best] / n, n, pValue: bestP };
}
