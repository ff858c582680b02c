// E-valuator's two decision rules as alarm policies: the anytime rule (Ville's inequality) and the
// PAC rule (a binomial tolerance bound on the largest M_t of safe calibration streams).
import { AlarmPolicy } from '../monitor/alarmPolicy';
import { binomialCdf } from '../calibration/hoeffdingBentkus';
import { CalibrationSizeError } from '../calibration/riskControl';
import { EValueRun, EvaluatorModel } from './model';

export type EvaluatorVariant = 'anytime' | 'pac';

/** Alarm at the first t with M_t ≥ threshold. `threshold` is on the e-value scale, not on s_t. */
export function evaluatorPolicy(model: EvaluatorModel, threshold: number, variant: EvaluatorVariant): AlarmPolicy {
  if (!(threshold > 0)) throw new RangeError(`the E-valuator threshold must be positive, got ${threshold}`);
  return {
    threshold,
    description: `M_t ≥ ${Number(threshold.toPrecision(4))} (E-valuator ${variant === 'anytime' ? 'anytime' : 'PAC'})`,
    start: () => {
      const run = new EValueRun(model);
      return { update: safety => run.push(safety) >= threshold };
    },
  };
}

/**
 * The anytime rule: by Ville's inequality, a safe stream's e-process ever reaches 1/ε with
 * probability at most ε (when M_t is a true e-process; an estimated ratio only approximates one).
 */
export function anytimeThreshold(epsilon: number): number {
  if (!(epsilon > 0 && epsilon < 1)) throw new RangeError(`ε must be in (0, 1), got ${epsilon}`);
  return 1 / epsilon;
}

/** Safe calibration streams the PAC rule needs: the largest of n maxima must bound the (1−ε)-quantile with confidence 1−δ. */
export function pacMinimumN(epsilon: number, delta: number): number {
  return Math.ceil(Math.log(delta) / Math.log1p(-epsilon) - 1e-9);
}

/**
 * Distribution-free upper tolerance bound: the k-th smallest of the safe streams' max M_t, for the
 * smallest k with P(Binomial(n, 1−ε) ≥ k) ≤ δ. Then, with probability ≥ 1 − δ over the calibration
 * draw, a new safe stream's max M_t exceeds it with probability ≤ ε. The alarm fires when M_t is
 * above the bound, so the policy threshold is the next double up.
 */
export function pacThreshold(safeMaxima: readonly number[], epsilon: number, delta: number): number {
  if (!(epsilon > 0 && epsilon < 1)) throw new RangeError(`ε must be in (0, 1), got ${epsilon}`);
  if (!(delta > 0 && delta < 1)) throw new RangeError(`δ must be in (0, 1), got ${delta}`);
  const n = safeMaxima.length;
  const needed = pacMinimumN(epsilon, delta);
  if (n < needed) throw new CalibrationSizeError(needed, n, `the E-valuator PAC threshold at ε = ${epsilon}, δ = ${delta} needs at least ${needed} safe streams in its threshold half of the calibration data (n ≥ ln δ / ln(1 − ε)), got ${n}`);
  const sorted = [...safeMaxima].sort((a, b) => a - b);
  for (let k = 1; k <= n; k++) {
    const survival = 1 - binomialCdf(k - 1, n, 1 - epsilon);
    if (survival <= delta) return sorted[k - 1] * (1 + 1e-12) + Number.MIN_VALUE;
  }
  // Unreachable when n ≥ pacMinimumN (k = n gives (1−ε)^n ≤ δ), kept for clarity.
  throw new CalibrationSizeError(needed, n, `no PAC threshold at ε = ${epsilon}, δ = ${delta} with ${n} safe streams`);
}
