// Training the prose score: sparse logistic regression (AdaGrad with L2) on hashed n-grams of whole
// responses and of their prefixes (the monitor scores prefixes), and grouped cross-validation.
import { groupFold as foldOf, seededRandom } from '../calibration/groups';
import { auroc, sigmoid } from './logistic';
import { ngramCounts } from './ngrams';
import { ProseModel, proseLogit } from './proseModel';

/** One labelled text of a training corpus. */
export interface ProseDoc {
  text: string;
  /** 1: unsafe (harmful compliance, harmful content), 0: safe. */
  label: 0 | 1;
  /** Never split across folds (a behaviour, a prompt). */
  group: string;
  /** Corpus name, for per-corpus metrics. */
  corpus: string;
  /** Relative weight of the doc (default 1). */
  weight?: number;
  /** The text as found, when `text` was rewritten by augmentation (AUROC is measured on this). */
  original?: string;
  /** An extra copy made by augmentation: trained on, never scored for AUROC. */
  copy?: boolean;
}

export interface ProseTrainOptions {
  bits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Prefix lengths (characters) added as extra examples with the doc's label. */
  prefixes: readonly number[];
  seed: number;
}

export const DEFAULT_PROSE_OPTIONS: ProseTrainOptions = { bits: 16, epochs: 8, learningRate: 0.2, l2: 1e-5, prefixes: [96, 256], seed: 1 };

interface SparseExample {
  index: Uint32Array;
  value: Float32Array;
  label: number;
  weight: number;
}

function toExample(text: string, bits: number, label: number, weight: number): SparseExample {
  const counts = ngramCounts(text, bits);
  let n = 0;
  for (const c of counts.values()) n += c;
  const norm = n ? 1 / Math.sqrt(n) : 0;
  const index = new Uint32Array(counts.size);
  const value = new Float32Array(counts.size);
  let i = 0;
  for (const [b, c] of counts) {
    index[i] = b;
    value[i] = c * norm;
    i++;
  }
  return { index, value, label, weight };
}

/** Docs → examples (whole text and prefixes), with the classes weighted equally overall. */
function examples(docs: readonly ProseDoc[], options: ProseTrainOptions): SparseExample[] {
  const out: SparseExample[] = [];
  let unsafe = 0;
  let safe = 0;
  for (const d of docs) {
    if (d.label) unsafe += d.weight ?? 1;
    else safe += d.weight ?? 1;
  }
  for (const d of docs) {
    const w = (d.weight ?? 1) * (d.label ? (safe + unsafe) / (2 * unsafe) : (safe + unsafe) / (2 * safe));
    out.push(toExample(d.text, options.bits, d.label, w));
    for (const p of options.prefixes) if (d.text.length > p * 1.5) out.push(toExample(d.text.slice(0, p), options.bits, d.label, w * 0.5));
  }
  return out;
}

/** Fits the prose model on `docs`. */
export function trainProseModel(docs: readonly ProseDoc[], options: ProseTrainOptions = DEFAULT_PROSE_OPTIONS): ProseModel {
  const data = examples(docs, options);
  const size = 1 << options.bits;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const random = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const e = data[k];
      let z = bias;
      for (let i = 0; i < e.index.length; i++) z += w[e.index[i]] * e.value[i];
      const g = (sigmoid(z) - e.label) * e.weight;
      biasG2 += g * g;
      bias -= (options.learningRate * g) / Math.sqrt(biasG2);
      for (let i = 0; i < e.index.length; i++) {
        const j = e.index[i];
        const grad = g * e.value[i] + options.l2 * w[j];
        g2[j] += grad * grad;
        w[j] -= (options.learningRate * grad) / Math.sqrt(g2[j]);
      }
    }
  }
  return { bits: options.bits, bias, weights: Float32Array.from(w) };
}

export interface ProseCvResult {
  folds: number;
  /** AUROC of whole-text scores per corpus (held-out folds pooled), on the texts as found. */
  auroc: Record<string, number>;
  /** AUROC on the first 256 characters, per corpus. */
  prefixAuroc: Record<string, number>;
  /** AUROC on the texts as trained (each answer without its opener and with a random one). */
  augmentedAuroc: Record<string, number>;
  /** Out-of-fold logit per doc (of the text as found; NaN for copies), in input order. */
  outOfFold: number[];
  /** The model of each fold (trained without that fold's groups), for cross-fitting downstream. */
  models: ProseModel[];
}

/**
 * Grouped k-fold cross-validation: a group's docs (an augmented doc's copies with it) are always
 * held out together.
 */
export function crossValidateProse(docs: readonly ProseDoc[], folds = 5, options: ProseTrainOptions = DEFAULT_PROSE_OPTIONS): ProseCvResult {
  const oof = new Array<number>(docs.length).fill(NaN);
  const oofPrefix = new Array<number>(docs.length).fill(NaN);
  const oofAugmented = new Array<number>(docs.length).fill(NaN);
  const models: ProseModel[] = [];
  for (let f = 0; f < folds; f++) {
    const train = docs.filter(d => foldOf(d.group, folds) !== f);
    const model = trainProseModel(train, options);
    models.push(model);
    docs.forEach((d, i) => {
      if (foldOf(d.group, folds) !== f) return;
      oofAugmented[i] = proseLogit(model, d.text);
      if (d.copy) return;
      const found = d.original ?? d.text;
      oof[i] = proseLogit(model, found);
      oofPrefix[i] = proseLogit(model, found.slice(0, 256));
    });
  }
  const byCorpus = (scores: number[]) => {
    const out: Record<string, number> = {};
    const scored = docs.map((_, i) => i).filter(i => !Number.isNaN(scores[i]));
    for (const c of [...new Set(docs.map(d => d.corpus))].sort()) {
      const idx = scored.filter(i => docs[i].corpus === c);
      const a = auroc(idx.map(i => scores[i]), idx.map(i => docs[i].label));
      if (!Number.isNaN(a)) out[c] = Math.round(a * 10000) / 10000;
    }
    out.all = Math.round(auroc(scored.map(i => scores[i]), scored.map(i => docs[i].label)) * 10000) / 10000;
    return out;
  };
  return { folds, auroc: byCorpus(oof), prefixAuroc: byCorpus(oofPrefix), augmentedAuroc: byCorpus(oofAugmented), outOfFold: oof, models };
}
