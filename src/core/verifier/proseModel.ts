// The learned prose score: logistic regression over hashed word and character n-grams of the
// prose (fenced code blocks left out), with counts scaled by 1/√N (N = n-grams seen so far). The
// score of a prefix is
//   z = bias + S / √N,  S = Σ over n-gram occurrences of w[bucket],
// so a stream keeps two running sums and each chunk costs time in its own length only.
import { FencedCodeFilter, NgramHasher } from './ngrams';

export interface ProseModel {
  /** log2 of the number of hash buckets. */
  bits: number;
  bias: number;
  /** One weight per bucket (positive: evidence of unsafe text). */
  weights: Float32Array;
}

/** The prose score of one stream, updated chunk by chunk. */
export class ProseRun {
  private sum = 0;
  private count = 0;
  private readonly hasher: NgramHasher;
  private readonly filter = new FencedCodeFilter();
  private readonly emitProse = (prose: string) => this.hasher.push(prose);

  constructor(private readonly model: ProseModel) {
    const w = model.weights;
    this.hasher = new NgramHasher(model.bits, b => {
      this.sum += w[b];
      this.count++;
    });
  }

  push(chunk: string): void {
    this.filter.push(chunk, this.emitProse);
  }

  /** n-grams seen so far. */
  get ngrams(): number {
    return this.count;
  }

  /** The log-odds that the text so far is unsafe (the bias alone before any n-gram). */
  get logit(): number {
    return this.model.bias + (this.count ? this.sum / Math.sqrt(this.count) : 0);
  }
}

/** The prose score of a whole text (training and tests). */
export function proseLogit(model: ProseModel, text: string): number {
  const run = new ProseRun(model);
  run.push(text);
  return run.logit;
}

/** Weights as compact JSON: int8 quantised, base64. */
export interface EncodedProseModel {
  bits: number;
  bias: number;
  /** Weight of quantised value q is q · scale. */
  scale: number;
  /** base64 of 2^bits signed bytes. */
  weights: string;
}

export function encodeProseModel(model: ProseModel): EncodedProseModel {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const q = new Int8Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(model.weights[i] / scale);
  return { bits: model.bits, bias: Math.round(model.bias * 1e6) / 1e6, scale, weights: Buffer.from(q.buffer).toString('base64') };
}

export function decodeProseModel(encoded: EncodedProseModel): ProseModel {
  const { bits, bias, scale, weights } = encoded;
  if (!Number.isInteger(bits) || bits < 8 || bits > 24) throw new Error(`prose model: bits must be an integer in [8, 24], got ${bits}`);
  if (typeof bias !== 'number' || typeof scale !== 'number' || typeof weights !== 'string') throw new Error('prose model: bias, scale and weights are required');
  const bytes = Buffer.from(weights, 'base64');
  if (bytes.length !== 1 << bits) throw new Error(`prose model: expected ${1 << bits} weights, got ${bytes.length}`);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const out = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) out[i] = q[i] * scale;
  return { bits, bias, weights: out };
}
