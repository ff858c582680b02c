// The learned verifier: s_t = P(safe | output so far) from a logistic model per stream kind over
// the prefix features (rule evidence and the learned prose score). Its weights are data, trained
// by `npm run train` and shipped as JSON; its version names the exact weights, so a calibration
// made for other weights is refused.
import { createHash } from 'node:crypto';
import { groupFold } from '../calibration/groups';
import { StreamKind } from '../monitor/types';
import { Verifier, VerifierRun } from '../monitor/verifier';
import { DENSE_COUNT, DENSE_FEATURES, ruleEvidence, withTextFeatures } from './features';
import { decodeProseModel, EncodedProseModel, ProseModel, ProseRun } from './proseModel';

export const VERIFIER_FORMAT = 'vigil-verifier';

/** Coefficients of P(unsafe | features) for one stream kind. */
export interface KindModel {
  /** One per DENSE_FEATURES entry. */
  dense: number[];
  /** Rule id → coefficient of its indicator (rules not listed add nothing beyond the dense features). */
  rules: Record<string, number>;
}

/** The weights file (src/models/verifier.json, dist/calibration/verifier.json in the bundle). */
export interface VerifierWeights {
  format: typeof VERIFIER_FORMAT;
  /** `learned-1:` + a hash of features, kinds and prose: what calibrations are tied to. */
  version: string;
  /** Provenance: data, split, commit, held-out metrics (free-form, for people). */
  header: Record<string, unknown>;
  /**
   * Which streams of the training data the weights were fitted on: those of groups with
   * groupFold(group, folds, seed) === trainFold. The others are held out, and are the only ones of
   * that data fit to calibrate or evaluate on (see isTrainingStream).
   */
  trainingSplit: TrainingSplit;
  features: string[];
  kinds: Record<StreamKind, KindModel>;
  prose: EncodedProseModel;
}

export interface TrainingSplit {
  /** The data file's name and hash. */
  data: string;
  dataHash: string;
  folds: number;
  seed: number;
  trainFold: number;
}

/** Whether a stream of the training data (by its group) was used to fit the weights. */
export function isTrainingStream(group: string, split: TrainingSplit): boolean {
  return groupFold(group, split.folds, split.seed) === split.trainFold;
}

/** The version string for given weights: changes whenever any coefficient does. */
export function weightsVersion(w: Pick<VerifierWeights, 'features' | 'kinds' | 'prose'>): string {
  const digest = createHash('sha256').update(JSON.stringify({ features: w.features, kinds: w.kinds, prose: w.prose })).digest('hex');
  return `learned-1:${digest.slice(0, 12)}`;
}

/** Checks a parsed weights file; throws a plain-words error naming what is wrong. */
export function validateWeights(raw: unknown, source = 'verifier weights'): VerifierWeights {
  const w = raw as Partial<VerifierWeights>;
  if (!w || typeof w !== 'object' || w.format !== VERIFIER_FORMAT) throw new Error(`${source}: not a Vigil verifier weights file (format '${VERIFIER_FORMAT}')`);
  if (!Array.isArray(w.features) || w.features.join('|') !== DENSE_FEATURES.join('|')) throw new Error(`${source}: made for other features (retrain with npm run train)`);
  for (const kind of ['code', 'chat'] as const) {
    const k = w.kinds?.[kind];
    if (!k || !Array.isArray(k.dense) || k.dense.length !== DENSE_COUNT || !k.dense.every(Number.isFinite) || !k.rules || typeof k.rules !== 'object') {
      throw new Error(`${source}: the ${kind} model must have ${DENSE_COUNT} dense coefficients and a rules table`);
    }
  }
  if (!w.prose) throw new Error(`${source}: the prose model is missing`);
  const split = w.trainingSplit;
  if (!split || typeof split.dataHash !== 'string' || !Number.isInteger(split.folds) || !Number.isInteger(split.seed) || !Number.isInteger(split.trainFold)) throw new Error(`${source}: 'trainingSplit' is missing or incomplete`);
  const expected = weightsVersion(w as VerifierWeights);
  if (w.version !== expected) throw new Error(`${source}: version '${w.version}' does not match its weights (expected '${expected}'): the file was edited by hand or damaged`);
  return w as VerifierWeights;
}

/** The running part: the prose sums; findings are read at each score. */
class LearnedRun implements VerifierRun {
  private readonly prose?: ProseRun;
  private readonly dense: number[];

  constructor(
    private readonly model: KindModel,
    proseModel: ProseModel | null,
  ) {
    if (proseModel) this.prose = new ProseRun(proseModel);
    this.dense = model.dense;
  }

  observe(chunk: string): void {
    this.prose?.push(chunk);
  }

  score(findings: Parameters<VerifierRun['score']>[0]): number {
    const evidence = ruleEvidence(findings);
    const x = withTextFeatures(evidence.dense, this.prose ? this.prose.logit : null, this.prose ? this.prose.ngrams : 0);
    let z = 0;
    for (let j = 0; j < x.length; j++) z += this.dense[j] * x[j];
    for (const [id, v] of evidence.rules) z += (this.model.rules[id] ?? 0) * v;
    // s_t = P(safe) = 1 − σ(z) = σ(−z), computed without overflow.
    return z >= 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z));
  }
}

/** The learned verifier, which also says what it was trained on. */
export interface LearnedVerifier extends Verifier {
  readonly trainingSplit: TrainingSplit;
}

export function isLearnedVerifier(v: Verifier): v is LearnedVerifier {
  return typeof (v as Partial<LearnedVerifier>).trainingSplit === 'object';
}

/** A Verifier from weights. Code streams skip the prose score (it is trained on chat answers). */
export function learnedVerifier(weights: VerifierWeights): LearnedVerifier {
  const prose = decodeProseModel(weights.prose);
  return {
    version: weights.version,
    trainingSplit: weights.trainingSplit,
    start: (kind: StreamKind) => new LearnedRun(weights.kinds[kind], kind === 'chat' ? prose : null),
  };
}
