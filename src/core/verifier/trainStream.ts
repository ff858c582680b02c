// Training the stream model of the learned verifier from recorded prefixes: each labelled stream
// was replayed through the engine and its rule evidence kept after every chunk; text features are
// added from a prose model; a logistic model then learns P(unsafe | prefix), with the rule evidence
// shared by the stream kinds and an intercept per kind.
import { StreamKind } from '../monitor/types';
import { DENSE_COUNT, DENSE_SIGNS, withTextFeatures } from './features';
import { KindModel } from './learnedVerifier';
import { fitLogistic, sigmoid } from './logistic';
import { ProseModel, ProseRun } from './proseModel';

/** One stream replayed through the engine: its rule evidence after each chunk, stored as changes. */
export interface StreamRecording {
  id: string;
  kind: StreamKind;
  source: string;
  group: string;
  unsafe: boolean;
  text: string;
  /** Characters received at each verifier score (one per chunk, and one at the end). */
  offsets: number[];
  /** Rule evidence from `step` on, until the next change: dense features 1..7 and fired rules. */
  changes: { step: number; dense: number[]; rules: [string, number][] }[];
}

/** The full feature rows of a recording: one per step. */
export interface StepRow {
  dense: number[];
  rules: [string, number][];
}

/** Expands a recording into feature rows, with the text features of `prose` (chat streams only). */
export function stepRows(rec: StreamRecording, prose: ProseModel | null): StepRow[] {
  const run = rec.kind === 'chat' && prose ? new ProseRun(prose) : null;
  const rows: StepRow[] = [];
  let change = -1;
  let seen = 0;
  for (let step = 0; step < rec.offsets.length; step++) {
    while (change + 1 < rec.changes.length && rec.changes[change + 1].step <= step) change++;
    const offset = rec.offsets[step];
    if (run && offset > seen) run.push(rec.text.slice(seen, offset));
    seen = Math.max(seen, offset);
    const c = change >= 0 ? rec.changes[change] : null;
    const dense = c ? c.dense.slice(0, DENSE_COUNT) : new Array<number>(DENSE_COUNT).fill(0);
    withTextFeatures(dense, run ? run.logit : null, run ? run.ngrams : 0);
    rows.push({ dense, rules: c ? c.rules : [] });
  }
  return rows;
}

/** s_t for each row under a kind model. */
export function scoreRows(model: KindModel, rows: readonly StepRow[]): number[] {
  return rows.map(r => {
    let z = 0;
    for (let j = 0; j < DENSE_COUNT; j++) z += model.dense[j] * r.dense[j];
    for (const [id, v] of r.rules) z += (model.rules[id] ?? 0) * v;
    return 1 - sigmoid(z);
  });
}

export interface StreamModelOptions {
  /** A rule gets its own coefficient when it fired in at least this many training streams. */
  minRuleStreams: number;
  /** Steps kept per stream (evenly spaced, the last always). */
  stepsPerStream: number;
  l2: number;
}

export const DEFAULT_STREAM_OPTIONS: StreamModelOptions = { minRuleStreams: 5, stepsPerStream: 16, l2: 1e-3 };

/** A labelled stream's feature rows, ready for fitting. */
export interface TrainingStream {
  kind: StreamKind;
  unsafe: boolean;
  rows: StepRow[];
}

function sampleSteps(n: number, k: number): number[] {
  if (n <= k) return Array.from({ length: n }, (_, i) => i);
  const out = new Set<number>();
  for (let i = 0; i < k; i++) out.add(Math.round(((i + 1) * (n - 1)) / k));
  return [...out];
}

/**
 * Fits both kinds at once: what a rule finding means does not depend on the stream's kind, so the
 * rule-evidence coefficients (dense features 1..7 and the per-rule ones) are shared, fitted on code
 * and chat streams together; each kind has its own intercept (a chat offset), and the prose score
 * (zero in code streams) is learned from chat. The development chat streams have too few rule
 * findings (a few dozen) to learn severity and confidence from them alone: fitted apart, a chat
 * model let a high-confidence warning in an answer count for far less than the same in code.
 * Within a kind, every stream counts once and the two classes weigh the same.
 */
export function fitJointModel(streams: readonly TrainingStream[], options: StreamModelOptions = DEFAULT_STREAM_OPTIONS): Record<StreamKind, KindModel> {
  const ruleCounts = new Map<string, number>();
  for (const s of streams) {
    const fired = new Set<string>();
    for (const r of s.rows) for (const [id] of r.rules) fired.add(id);
    for (const id of fired) ruleCounts.set(id, (ruleCounts.get(id) ?? 0) + 1);
  }
  const ruleIds = [...ruleCounts].filter(([, n]) => n >= options.minRuleStreams).map(([id]) => id).sort();
  // Columns: 0 intercept, 1 chat offset, 2.. dense features 1..DENSE_COUNT-1, then one per rule.
  const RULES = DENSE_COUNT + 1;
  const column = new Map(ruleIds.map((id, i) => [id, RULES + i]));
  const x: number[][] = [];
  const y: number[] = [];
  const w: number[] = [];
  for (const kind of ['code', 'chat'] as const) {
    const mine = streams.filter(s => s.kind === kind);
    const nUnsafe = mine.filter(s => s.unsafe).length;
    const nSafe = mine.length - nUnsafe;
    if (!nUnsafe || !nSafe) throw new Error(`training the ${kind} model needs safe and unsafe ${kind} streams (got ${nSafe} safe, ${nUnsafe} unsafe)`);
    for (const s of mine) {
      const steps = sampleSteps(s.rows.length, options.stepsPerStream);
      const classWeight = s.unsafe ? mine.length / (2 * nUnsafe) : mine.length / (2 * nSafe);
      for (const i of steps) {
        const row = new Array<number>(RULES + ruleIds.length).fill(0);
        row[0] = 1;
        row[1] = kind === 'chat' ? 1 : 0;
        for (let j = 1; j < DENSE_COUNT; j++) row[j + 1] = s.rows[i].dense[j];
        for (const [id, v] of s.rows[i].rules) {
          const c = column.get(id);
          if (c !== undefined) row[c] = v;
        }
        x.push(row);
        y.push(s.unsafe ? 1 : 0);
        w.push(classWeight / steps.length);
      }
    }
  }
  // Evidence coefficients are kept non-negative (toward unsafe), the per-rule ones too: a rule's
  // severity and confidence (the rule pack's, or the user's in vigil.rules) are a floor the model
  // may add to but not talk down. A rule that also fires on safe code is demoted in its pack or by
  // the user, where it shows, not silently here: fitted freely, the model all but ignored
  // c.alloc-size-multiplication (it fires on the fixed SVEN functions too), which CyberSecEval's
  // detector and the rule pack treat as a finding.
  const signs = [0, 0, ...DENSE_SIGNS.slice(1), ...ruleIds.map(() => 1)];
  const coef = fitLogistic(x, y, w, { l2: options.l2, signs });
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  const rules: Record<string, number> = {};
  ruleIds.forEach((id, i) => {
    const c = round(coef[RULES + i]);
    if (c !== 0) rules[id] = c;
  });
  const shared = coef.slice(2, RULES).map(round);
  return {
    code: { dense: [round(coef[0]), ...shared], rules },
    chat: { dense: [round(coef[0] + coef[1]), ...shared], rules: { ...rules } },
  };
}
