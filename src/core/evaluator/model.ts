// E-valuator (Sadhuka et al., arXiv 2512.03109) on the verifier's s_t: at each step t a logistic
// model of the score history estimates the density ratio
//   M_t = p(s_1..t | unsafe) / p(s_1..t | safe),
// which under "the stream is safe" behaves like a likelihood-ratio e-process. The paper fits one
// model per step on the raw score series; streams here run to thousands of chunks, so steps are
// grouped into doubling buckets (1, 2, 3–4, 5–8, ...) and the history is summarised by a few
// features. Each bucket's model is fitted with the classes weighted equally, so its odds are the
// density ratio itself. A bucket without enough data of both classes keeps the previous M_t
// (as the reference implementation does for untrained steps).
import { fitLogistic, logit } from '../verifier/logistic';

/** The last bucket: steps beyond 2^MAX_BUCKET share it. */
export const MAX_BUCKET = 14;
/** Each class needs this many streams in a bucket for the bucket to get a model. */
export const MIN_PER_CLASS = 5;
/** M_t is kept within [e^-LOG_CAP, e^LOG_CAP]. */
const LOG_CAP = 50;

export interface EvaluatorModel {
  /** Coefficients per bucket over HISTORY_FEATURES (null: no model, M_t carries over). */
  buckets: (number[] | null)[];
}

export const HISTORY_FEATURES = ['bias', 'logit s_t', 'logit min s', 'mean logit s', 'ln t'] as const;

/** The step's bucket: 0 for t = 1, then ⌈log2 t⌉, capped. */
export function bucketOf(t: number): number {
  return t <= 1 ? 0 : Math.min(MAX_BUCKET, Math.ceil(Math.log2(t)));
}

/** The running summary of s_1..t, updated in O(1) per step. */
export class ScoreHistory {
  t = 0;
  private min = Infinity;
  private sumLogit = 0;
  private lastLogit = 0;

  push(safety: number): void {
    const l = logit(safety);
    this.t++;
    this.min = Math.min(this.min, l);
    this.sumLogit += l;
    this.lastLogit = l;
  }

  features(): number[] {
    return [1, this.lastLogit, this.min, this.sumLogit / this.t, Math.log(this.t)];
  }
}

/** One calibration stream for E-valuator: its s_t after every chunk, and its label. */
export interface ScoredTrajectory {
  safeties: readonly number[];
  unsafe: boolean;
}

/** Fits one density-ratio model per bucket. */
export function fitEvaluatorModel(streams: readonly ScoredTrajectory[]): EvaluatorModel {
  const rows: { x: number[]; y: number; w: number }[][] = Array.from({ length: MAX_BUCKET + 1 }, () => []);
  for (const s of streams) {
    const h = new ScoreHistory();
    const perBucket: { x: number[]; y: number }[][] = Array.from({ length: MAX_BUCKET + 1 }, () => []);
    for (const v of s.safeties) {
      h.push(v);
      perBucket[bucketOf(h.t)].push({ x: h.features(), y: s.unsafe ? 1 : 0 });
    }
    // Every stream counts once per bucket it reaches, however many steps it has there.
    perBucket.forEach((list, b) => {
      for (const r of list) rows[b].push({ ...r, w: 1 / list.length });
    });
  }
  const buckets = rows.map(list => {
    const unsafe = list.filter(r => r.y === 1).reduce((a, r) => a + r.w, 0);
    const safe = list.filter(r => r.y === 0).reduce((a, r) => a + r.w, 0);
    if (unsafe < MIN_PER_CLASS - 1e-9 || safe < MIN_PER_CLASS - 1e-9) return null;
    // Equal class weights: the fitted odds estimate the density ratio, not the posterior.
    const weights = list.map(r => r.w / (r.y === 1 ? unsafe : safe));
    return fitLogistic(list.map(r => r.x), list.map(r => r.y), weights, { l2: 1e-2 }).map(v => Math.round(v * 1e6) / 1e6);
  });
  return { buckets };
}

/** M_t over a stream, one step at a time. */
export class EValueRun {
  private readonly history = new ScoreHistory();
  private logM = 0;

  constructor(private readonly model: EvaluatorModel) {}

  /** Takes s_t and returns M_t. */
  push(safety: number): number {
    this.history.push(safety);
    const w = this.model.buckets[bucketOf(this.history.t)];
    if (w) {
      const x = this.history.features();
      let z = 0;
      for (let j = 0; j < w.length; j++) z += w[j] * x[j];
      this.logM = Math.max(-LOG_CAP, Math.min(LOG_CAP, z));
    }
    return Math.exp(this.logM);
  }
}

/** The largest M_t over a recorded stream. */
export function maxEValue(model: EvaluatorModel, safeties: readonly number[]): number {
  const run = new EValueRun(model);
  let max = 0;
  for (const s of safeties) max = Math.max(max, run.push(s));
  return max;
}

/** Checks a model read from a calibration file; throws a plain-words error. */
export function validateEvaluatorModel(raw: unknown): EvaluatorModel {
  const buckets = (raw as { buckets?: unknown })?.buckets;
  if (!Array.isArray(buckets) || buckets.length !== MAX_BUCKET + 1) throw new Error(`the E-valuator model must have ${MAX_BUCKET + 1} buckets`);
  for (const b of buckets) {
    if (b === null) continue;
    if (!Array.isArray(b) || b.length !== HISTORY_FEATURES.length || !b.every(v => typeof v === 'number' && Number.isFinite(v))) {
      throw new Error(`each E-valuator bucket must be null or ${HISTORY_FEATURES.length} finite numbers`);
    }
  }
  return { buckets: buckets as (number[] | null)[] };
}
