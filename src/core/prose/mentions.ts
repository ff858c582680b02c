import { RuleDefinition } from '../rules/types';

/** Words that turn a dangerous command into a warning about it, when they come before it in its sentence. */
const WARNING_CUES = /\b(never|don'?t|do not|doesn'?t|should ?n[o']t|must ?n[o']t|avoid|avoiding|instead of|rather than|dangerous|warning|caution|careful|beware|refuse|won'?t|will not|cannot|can'?t|unsafe|malicious|harmful|destructive|irreversibl\w*|not recommended|stop)\b/i;

/** Start of the sentence containing `offset`, looking back at most 300 characters. */
function sentenceStart(text: string, offset: number): number {
  const floor = Math.max(0, offset - 300);
  for (let i = offset - 1; i >= floor; i--) {
    const c = text[i];
    if (c === '\n' && (i === 0 || text[i - 1] === '\n')) return i + 1;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? '')) return i + 1;
  }
  return floor;
}

/**
 * For prose rules that flag instructions: true when the match is told to the reader as something
 * to do, false when the sentence only mentions it as a danger ("never run `rm -rf /`").
 */
export function isInstruction(rule: RuleDefinition, text: string, start: number): boolean {
  if (rule.prose !== 'instruction') return true;
  return !WARNING_CUES.test(text.slice(sentenceStart(text, start), start));
}
