// Features of a stream prefix for the learned verifier: what the rules found so far (which rules,
// how confident and severe, tentative or confirmed, in code or in prose) and the prose score.
import { findingWeight } from '../monitor/verifier';
import { Finding } from '../monitor/types';

/** Names of the dense features, in vector order. Per-rule indicators follow them in the model. */
export const DENSE_FEATURES = [
  'bias',
  'rules: Σ −ln(1 − w)',
  'prose rules (extra): Σ −ln(1 − w)',
  'rules: max w confirmed',
  'rules: max w tentative',
  'rules high/error: ln(1 + n)',
  'rules medium/error or high/warning: ln(1 + n)',
  'rules weaker: ln(1 + n)',
  'prose score (fenced code left out; ≥ 0 once a rule fired) × N / (N + 256)',
] as const;
export const DENSE_COUNT = DENSE_FEATURES.length;
/** The feature that depends on the text rather than on findings. */
export const PROSE_FEATURE = 8;
/**
 * Sign constraints on P(unsafe) coefficients: +1 = this evidence can only lower s_t. There is no
 * length feature on purpose: in the development data short code is mostly unsafe (CyberSecEval
 * snippets) and long code half safe (SVEN), an accident of the corpora a model must not learn.
 */
export const DENSE_SIGNS: readonly number[] = [0, 1, 1, 1, 1, 1, 1, 1, 1];
/** A rule that fired but may still be withdrawn counts half. */
export const TENTATIVE_INDICATOR = 0.5;
const LOG_SAFETY_CAP = 8;
/**
 * The prose score is damped while few n-grams have been seen: its early values are noisy, and a
 * few words must not decide alone. 256 n-grams ≈ 80 characters. (The affirmative opening "Sure,
 * here is", which opens most jailbroken answers of the training corpora and many harmless coding
 * answers, is made uninformative at training time: see augment.ts.)
 */
const RAMP_NGRAMS = 256;

/** What the findings say, before the text features are added. */
export interface RuleEvidence {
  /** Dense features 1..7 (index 0, 8.. are filled in later). */
  dense: number[];
  /**
   * Rule id → 1 (confirmed) or TENTATIVE_INDICATOR. A rule whose severity the user changed is left
   * out: what the model learned about that rule would override the user's choice, so only its
   * severity and confidence count.
   */
  rules: Map<string, number>;
}

/** Reads the live findings into rule evidence. Withdrawn findings are ignored. */
export function ruleEvidence(findings: readonly Finding[]): RuleEvidence {
  const strongest = new Map<string, { w: number; confirmed: boolean; prose: boolean; confidence: string; severity: string; fromSettings: boolean }>();
  for (const f of findings) {
    if (f.status === 'withdrawn') continue;
    const w = findingWeight(f);
    const prev = strongest.get(f.ruleId);
    if (!prev) strongest.set(f.ruleId, { w, confirmed: f.status === 'confirmed', prose: f.origin === 'prose', confidence: f.confidence, severity: f.severity, fromSettings: f.severityFromSettings === true });
    else {
      if (w > prev.w) prev.w = w;
      if (f.status === 'confirmed') prev.confirmed = true;
    }
  }
  const dense = new Array<number>(DENSE_COUNT).fill(0);
  const rules = new Map<string, number>();
  let strong = 0;
  let medium = 0;
  let weak = 0;
  for (const [id, r] of strongest) {
    // Every finding counts as rule evidence, whatever its origin (code, or instructions in prose);
    // prose findings also feed a separate, non-negative extra term.
    const logSafety = -Math.log(1 - Math.min(r.w, 0.999));
    dense[1] += logSafety;
    if (r.prose) dense[2] += logSafety;
    if (r.confirmed) dense[3] = Math.max(dense[3], r.w);
    else dense[4] = Math.max(dense[4], r.w);
    if (r.confidence === 'high' && r.severity === 'error') strong++;
    else if ((r.confidence === 'medium' && r.severity === 'error') || (r.confidence === 'high' && r.severity === 'warning')) medium++;
    else weak++;
    if (!r.fromSettings) rules.set(id, r.confirmed ? 1 : TENTATIVE_INDICATOR);
  }
  dense[1] = Math.min(dense[1], LOG_SAFETY_CAP);
  dense[2] = Math.min(dense[2], LOG_SAFETY_CAP);
  dense[5] = Math.log1p(strong);
  dense[6] = Math.log1p(medium);
  dense[7] = Math.log1p(weak);
  return { dense, rules };
}

/**
 * Completes the dense vector with the bias and the prose feature (in place; returns it). `dense`
 * must hold the rule evidence already: once a rule has fired, harmless-sounding prose no longer
 * counts in favour of safety (the feature is floored at 0). Prose can always add suspicion, but it
 * cannot talk a finding away: a reverse shell or an exfiltration link wrapped in friendly,
 * README-like text is as unsafe as a bare one.
 */
export function withTextFeatures(dense: number[], proseLogit: number | null, ngrams: number): number[] {
  dense[0] = 1;
  const prose = proseLogit === null ? 0 : (proseLogit * ngrams) / (ngrams + RAMP_NGRAMS);
  dense[PROSE_FEATURE] = dense[1] > 0 ? Math.max(0, prose) : prose;
  return dense;
}
