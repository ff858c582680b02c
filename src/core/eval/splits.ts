// The paper's evaluation: random calibration/test splits by group; per method and ε the realized
// false-alarm rate, power, detection delay and onset delay on the test side, as means with
// 10–90% bands across splits, overall, per kind and per source.
import { chooseThreshold, DEFAULT_DELTA, policyFromThreshold, Threshold } from '../calibration/calibrate';
import { CalibrationFile, CalibrationMethod } from '../calibration/calibrationFile';
import { seededRandom, splitByGroup } from '../calibration/groups';
import { Control } from '../calibration/riskControl';
import { GroupMetrics, summarize } from './metrics';
import { decide, ScoredOutcome } from './trajectories';

export interface Band {
  mean: number | null;
  q10: number | null;
  q90: number | null;
}

export interface BandedMetrics {
  falseAlarm: Band;
  power: Band;
  delay: Band;
  onsetDelay: Band;
}

/** One method at one ε: the shape of `vigil eval --method ... --format json` results. */
export interface SplitResult extends BandedMetrics {
  method: CalibrationMethod;
  epsilon: number;
  control: Control;
  delta: number | null;
  /** Splits the figures are over; splits whose calibration side was too small are counted in `failed`. */
  splits: number;
  failed?: { count: number; reason: string };
  /** The chosen threshold across splits (λ on s_t, or the e-value threshold for E-valuator). */
  threshold: Band;
  byKind: Record<string, BandedMetrics>;
  bySource: Record<string, BandedMetrics>;
}

export interface SplitEvalOptions {
  methods: readonly CalibrationMethod[];
  epsilons: readonly number[];
  control: Control;
  splits: number;
  /** Share of groups on the calibration side. */
  calFrac: number;
  delta?: number;
  seed?: number;
}

/** Linear-interpolation quantile of an ascending array. */
function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

const r6 = (v: number) => Math.round(v * 1e6) / 1e6;

export function band(values: readonly (number | null)[]): Band {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return { mean: null, q10: null, q90: null };
  return { mean: r6(xs.reduce((a, b) => a + b, 0) / xs.length), q10: r6(quantile(xs, 0.1)), q90: r6(quantile(xs, 0.9)) };
}

function banded(list: readonly (GroupMetrics | undefined)[]): BandedMetrics {
  const pick = (k: 'falseAlarm' | 'power' | 'delay' | 'onsetDelay') => band(list.map(m => (m ? m[k] : null)));
  return { falseAlarm: pick('falseAlarm'), power: pick('power'), delay: pick('delay'), onsetDelay: pick('onsetDelay') };
}

interface Accumulator {
  overall: GroupMetrics[];
  byKind: Map<string, GroupMetrics[]>;
  bySource: Map<string, GroupMetrics[]>;
  thresholds: number[];
  failures: string[];
}

const thresholdValue = (t: Pick<Threshold, 'lambda' | 'evaluator'>) => (t.lambda !== null ? t.lambda : t.evaluator!.threshold);

function add(acc: Accumulator, t: Pick<Threshold, 'method' | 'lambda' | 'evaluator' | 'epsilon' | 'control' | 'delta'>, test: readonly ScoredOutcome[]): void {
  const s = summarize(decide(policyFromThreshold(t), test));
  acc.overall.push(s.overall);
  for (const [k, m] of Object.entries(s.byKind)) acc.byKind.set(k, [...(acc.byKind.get(k) ?? []), m]);
  for (const [k, m] of Object.entries(s.bySource)) acc.bySource.set(k, [...(acc.bySource.get(k) ?? []), m]);
  acc.thresholds.push(thresholdValue(t));
}

function finish(acc: Accumulator, head: Pick<SplitResult, 'method' | 'epsilon' | 'control' | 'delta'>, splits: number): SplitResult {
  const group = (m: Map<string, GroupMetrics[]>) => Object.fromEntries([...m.keys()].sort().map(k => [k, banded(m.get(k)!)]));
  return {
    ...head,
    ...banded(acc.overall),
    splits,
    ...(acc.failures.length ? { failed: { count: acc.failures.length, reason: acc.failures[0] } } : {}),
    threshold: band(acc.thresholds),
    byKind: group(acc.byKind),
    bySource: group(acc.bySource),
  };
}

const emptyAcc = (): Accumulator => ({ overall: [], byKind: new Map(), bySource: new Map(), thresholds: [], failures: [] });

/** Runs every split; results in method order, then ε order. */
export function evaluateSplits(outcomes: readonly ScoredOutcome[], options: SplitEvalOptions): SplitResult[] {
  const delta = options.delta ?? DEFAULT_DELTA;
  const random = seededRandom(options.seed ?? 1);
  const accs = new Map<string, Accumulator>();
  const key = (m: string, e: number) => `${m}|${e}`;
  for (const m of options.methods) for (const e of options.epsilons) accs.set(key(m, e), emptyAcc());
  for (let split = 0; split < options.splits; split++) {
    const [calIdx, testIdx] = splitByGroup(outcomes.map(o => o.group), options.calFrac, random);
    const cal = calIdx.map(i => ({ safeties: outcomes[i].trajectory.map(p => p.safety), unsafe: outcomes[i].label === 'unsafe', group: outcomes[i].group }));
    const test = testIdx.map(i => outcomes[i]);
    for (const method of options.methods) {
      for (const epsilon of options.epsilons) {
        const acc = accs.get(key(method, epsilon))!;
        try {
          add(acc, chooseThreshold(cal, { method, control: options.control, epsilon, delta, seed: split + 1 }), test);
        } catch (e) {
          acc.failures.push((e as Error).message);
        }
      }
    }
  }
  const results: SplitResult[] = [];
  for (const method of options.methods) {
    for (const epsilon of options.epsilons) {
      const usesDelta = method === 'ucb' || method === 'evaluator-pac';
      results.push(finish(accs.get(key(method, epsilon))!, { method, epsilon, control: options.control, delta: usesDelta ? delta : null }, options.splits));
    }
  }
  return results;
}

/** A fixed calibration applied to every stream (`vigil eval --calibration FILE`): one "split". */
export function evaluateCalibration(outcomes: readonly ScoredOutcome[], calibration: CalibrationFile): SplitResult {
  const acc = emptyAcc();
  add(acc, calibration, outcomes);
  return finish(acc, { method: calibration.method, epsilon: calibration.epsilon, control: calibration.control, delta: calibration.delta }, 1);
}
