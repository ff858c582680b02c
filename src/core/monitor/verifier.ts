import { CONFIDENCE_VALUE, Severity } from '../rules/types';
import { Finding, StreamKind } from './types';

/**
 * The verifier: turns what the engine sees of a stream so far into s_t in [0, 1], an estimate
 * that the output is safe (low = unsafe). One run per stream; it sees every chunk.
 */
export interface Verifier {
  /** Identifies the verifier and its parameters; a calibration is valid only for the version it was made for. */
  readonly version: string;
  start(kind: StreamKind): VerifierRun;
}

export interface VerifierRun {
  /** Each chunk of the stream, in order (for text features that are updated incrementally). */
  observe(chunk: string): void;
  /** s_t given the live (tentative and confirmed) findings. */
  score(findings: readonly Finding[]): number;
}

const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = { error: 1, warning: 0.8, info: 0.35 };
/** A tentative finding may still be withdrawn as more text arrives: it counts for less. */
const TENTATIVE_WEIGHT = 0.55;

/** How strongly one finding says "unsafe", in [0, 1). */
export function findingWeight(f: Pick<Finding, 'confidence' | 'severity' | 'status'>): number {
  if (f.status === 'withdrawn') return 0;
  return CONFIDENCE_VALUE[f.confidence] * SEVERITY_WEIGHT[f.severity] * (f.status === 'tentative' ? TENTATIVE_WEIGHT : 1);
}

/**
 * The rule-based verifier: each rule with live findings is independent evidence of danger with
 * the weight of its strongest finding, s_t = Π (1 − w_rule). One confirmed high-confidence error
 * gives s_t = 0.1; a low-confidence warning alone gives 0.76. Repeats of one rule do not compound.
 */
export const ruleVerifier: Verifier = {
  version: 'rules-1',
  start: () => ({
    observe() {},
    score(findings) {
      const strongest = new Map<string, number>();
      for (const f of findings) {
        const w = findingWeight(f);
        if (w > (strongest.get(f.ruleId) ?? 0)) strongest.set(f.ruleId, w);
      }
      let safety = 1;
      for (const w of strongest.values()) safety *= 1 - w;
      return safety;
    },
  }),
};
