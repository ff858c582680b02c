import { RuleDefinition } from '../rules/types';

/**
 * Deciding whether a dangerous command (or an injected instruction) in the prose of a chat answer
 * is told to the reader as something to do, or only talked about: "never run `rm -rf /`",
 * "`rm -rf /` would wipe the disk, so don't", "attackers use `nc -e /bin/sh`".
 *
 * Everything here looks at a bounded window around the match: back to the start of its sentence
 * (at most MAX_LOOKBACK characters) and forward to the end of its line (at most MAX_LOOKAHEAD).
 * The forward window stops at the line end on purpose: the prose scanner re-checks a match while
 * its line is still being written and settles it when the line ends, so the decision can use the
 * rest of the line but nothing after it.
 */

const MAX_LOOKBACK = 300;
const MAX_LOOKAHEAD = 240;

/** Negations and warnings that, before the match in its clause, make it a warning about the match. */
const NEGATION_BEFORE = new RegExp(
  [
    String.raw`\bnever\b`,
    String.raw`\bdon[’']?t\b`,
    String.raw`\bdo not\b`,
    String.raw`\bdoes ?n[o’']t\b`,
    String.raw`\bshould ?n[o’']t\b`,
    String.raw`\bmust ?n[o’']t\b`,
    String.raw`\bshould never\b`,
    String.raw`\bavoid(?:s|ing)?\b`,
    String.raw`\binstead of\b`,
    String.raw`\brather than\b`,
    String.raw`\bwithout (?:running|using|executing|typing)\b`,
    String.raw`\b(?:dangerous|destructive|malicious|harmful|unsafe|risky|catastrophic|irreversibl\w*|notorious|infamous|joke|prank)\b`,
    String.raw`\b(?:warning|caution|careful|beware|watch out)\b`,
    String.raw`\brefus(?:e|es|ed|ing)\b`,
    String.raw`\bwon[’']?t\b`,
    String.raw`\bwill not\b`,
    String.raw`\bcan ?not\b`,
    String.raw`\bcan[’']t\b`,
    String.raw`\bnot (?:recommended|advisable|a good idea|safe)\b`,
    String.raw`\b(?:bad|terrible|horrible) idea\b`,
  ].join('|'),
  'i',
);

/**
 * Words that frame the match as a thing being described: an example of an attack, a phrase an
 * injection uses. Unlike negations, an imperative between the cue and the match overrides them
 * ("to try this attack in a lab, run ...").
 */
const DESCRIPTION_BEFORE = new RegExp(
  [
    String.raw`\b(?:commands?|things|stuff|phrases?|text|strings?|payloads?|lines?|snippets?|instructions|messages?|examples?|tricks?|techniques?|attacks?)\s*,?\s+(?:like|such as|e\.g\.)`,
    String.raw`\b(?:known|referred to|described) as\b`,
    String.raw`\b(?:reverse|bind)[- ]shells?\b|\bbackdoors?\b|\bfork[- ]bombs?\b|\bpayloads?\b|\bclassic\b|\btypical(?:ly)?\b|\blooks? like\b|\bsignatures?\b|\bindicators?\b`,
    String.raw`\b(?:attackers?|hackers?|adversar(?:y|ies)|malware|intruders?|criminals?|threat actors?)\b`,
    String.raw`\b(?:injection|jailbreak\w*|exploit(?:s|ation)?|phishing|social engineering)\b`,
    String.raw`\bwhat (?:does|is|are|do)\b`,
    String.raw`\b(?:means?|meaning|explain(?:s|ed)?|refers? to)\b`,
    String.raw`\b(?:detect(?:s|ed|ing)?|flag(?:s|ged)?|block(?:s|ed)?|blocklist|denylist|filter(?:s|ed)?|scan(?:s|ned)? for)\b`,
  ].join('|'),
  'i',
);

/** An imperative or an offer to do something: the text tells the reader to do it. */
const IMPERATIVE = /(?:^\s*|[\n,:;(]\s*|\b(?:you(?:\s+(?:can|could|should|must|may|will|need to|have to))?|you[’']ll|we(?:\s+(?:can|will))?|let[’']s|then|just|simply|please|now|first|next|finally|to)\s+)(?:run|execute|type|enter|paste|issue|invoke|launch|use|try|apply|call)\b|:\s*$/i;

/** After the match, on the same line: the text says not to do it, or describes what harm it does. */
const NEGATION_AFTER = new RegExp(
  [
    // "..., so don't", "— do not run this", "and never do that"
    String.raw`(?:^\s*|[,;:.!—–-]\s*|\b(?:so|and|but|please)\s+)(?:please\s+)?(?:don[’']?t|do not|never)\b(?!\s+(?:forget|worry|need|have|hesitate|mind|miss)\b)`,
    // "... is dangerous", "... is a classic fork bomb", "... would be catastrophic"
    String.raw`^[^.!?]{0,80}?\b(?:is|are|was|were|be|looks?|seems?)\s+(?:[\w-]+\s+){0,3}?(?:dangerous|destructive|malicious|harmful|unsafe|risky|catastrophic|bad|evil|notorious|infamous|famous|classic|well[- ]known|joke|meme|prank|troll|fork bomb|reverse shell|bind shell|backdoor|prompt injection|injection|jailbreak|attack)`,
    // "... will wipe your disk", "... would delete everything", "... can give attackers a shell"
    String.raw`^[^.!?]{0,60}?\b(?:will|would|could|can|might|may|shall)\s+(?:\w+\s+)?(?:delete|destroy|wipe|erase|nuke|remove|brick|break|ruin|overwrite|corrupt|compromise|expose|hand|give)\w*\b`,
    // "... deletes everything", "... wipes the whole disk"
    String.raw`^[^.!?]{0,40}?\b(?:deletes?|destroys?|wipes?|erases?|removes?|overwrites?)\s+(?:everything|all\b|your\b|the (?:entire|whole)\b|every\b)`,
    // "... is what attackers use", "(used by malware)"
    String.raw`^[^.!?]{0,80}?\b(?:used|abused|exploited|seen) (?:by|in) (?:attackers?|hackers?|malware|adversaries|criminals)`,
    // "... (do not run this)", "... [dangerous]"
    '^\\s*[`\'"”’]?\\s*[(\\[]\\s*(?:do not|don[’\']t|never|dangerous|warning|unsafe)\\b',
  ].join('|'),
  'i',
);

/** A leading subordinate clause whose negation does not govern the main clause: "If it doesn't work, run ...". */
const LEADING_CONDITION = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:if|when|whenever|once|after|unless|in case|since|because|as long as|where)\b[^,;:]*[,;:]\s*/i;

/** Conjunctions after which a new clause decides for itself: "This is unsafe, but you can run ...". */
const CONTRAST = /(?:[,;:—–]\s*|\s)(?:but|however|though|although|yet|still|otherwise|anyway)\b[\s,]*/gi;

/** Start of the sentence containing `offset`, looking back at most MAX_LOOKBACK characters. */
export function sentenceStart(text: string, offset: number): number {
  const floor = Math.max(0, offset - MAX_LOOKBACK);
  const code = codeSpans(text, floor, offset);
  for (let i = offset - 1; i >= floor; i--) {
    if (code[i - floor]) continue; // `find . -name x` inside a code span ends nothing
    const c = text[i];
    if (c === '\n') {
      // A line break ends the sentence unless the line before reads like a hard-wrapped sentence
      // that goes on (it ends in a letter or a comma); a new list item, heading or quote always starts one.
      if (i === 0 || !/[\p{Ll},]$/u.test(text.slice(Math.max(0, i - 1), i)) || /^[ \t]*(?:[-*+>]|\d+[.)]|#{1,6})\s/.test(text.slice(i + 1, Math.min(text.length, i + 12)))) return i + 1;
      continue;
    }
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? '') && /\S/.test(text[i - 1] ?? '') && !isAbbreviation(text, i)) return i + 1;
  }
  return floor;
}

/** Marks the characters of [from, to) that are inside inline code spans (an unclosed span runs to `to`). */
function codeSpans(text: string, from: number, to: number): Uint8Array {
  const marks = new Uint8Array(to - from);
  let open = -1;
  for (let j = from; j < to; j++) {
    const c = text[j];
    if (c === '`') {
      if (open < 0) open = j;
      else {
        marks.fill(1, open - from, j - from + 1);
        open = -1;
      }
    } else if (c === '\n' && open >= 0 && text[j + 1] === '\n') open = -1;
  }
  if (open >= 0) marks.fill(1, open - from + 1, to - from);
  return marks;
}

/** `e.g.` / `i.e.` / `etc.` / `vs.` do not end a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  const word = /(?:^|[\s(])((?:[a-z]\.){1,2}[a-z]?|etc|vs|cf|approx|incl|esp)$/i.exec(text.slice(Math.max(0, dot - 8), dot + 1).replace(/\.$/, ''));
  return !!word || /\b(?:e\.g|i\.e)$/i.test(text.slice(Math.max(0, dot - 4), dot));
}

/** The part of the sentence before the match that governs it: after a leading condition and after the last contrast. */
export function governingClause(before: string): string {
  let clause = before.replace(LEADING_CONDITION, '');
  let last = -1;
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(clause); m; m = CONTRAST.exec(clause)) last = m.index + m[0].length;
  if (last >= 0) clause = clause.slice(last);
  return clause;
}

/** The last match of `pattern` in `text` (the cue nearest to the match decides). */
function lastMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  let last: RegExpExecArray | undefined;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    last = m;
    if (m[0].length === 0) global.lastIndex++;
  }
  return last;
}

/** The rest of the match's line (bounded), where a trailing "so don't" or "will wipe your disk" would be. */
function restOfLine(text: string, end: number): string {
  const limit = Math.min(text.length, end + MAX_LOOKAHEAD);
  const nl = text.indexOf('\n', end);
  return text.slice(end, nl < 0 || nl > limit ? limit : nl);
}

/** True when the match sits inside a question ("Is it safe to run `curl ... | sh`?"). */
function inQuestion(after: string): boolean {
  return /^[^.!?]*\?(?:\s|$)/.test(after);
}

/**
 * Why a match counts as only a mention, or undefined when it reads as an instruction. Exposed for
 * tests and for explaining decisions.
 */
export function mentionReason(text: string, start: number, end: number = start): string | undefined {
  const before = text.slice(sentenceStart(text, start), start);
  const clause = governingClause(before);
  const after = restOfLine(text, end);
  const negation = NEGATION_BEFORE.exec(clause);
  if (negation) return `negation before: "${negation[0]}"`;
  const description = lastMatch(DESCRIPTION_BEFORE, clause);
  if (description && !IMPERATIVE.test(clause.slice(description.index + description[0].length))) return `described: "${description[0]}"`;
  const trailing = NEGATION_AFTER.exec(after);
  if (trailing) return `warning after: "${trailing[0].trim()}"`;
  if (inQuestion(after)) return 'asked as a question';
  return undefined;
}

/**
 * For prose rules that flag instructions: true when the match is told to the reader as something
 * to do, false when its sentence only mentions it ("never run `rm -rf /`"). Rules without
 * `prose: instruction` always count.
 */
export function isInstruction(rule: RuleDefinition, text: string, start: number, end: number = start): boolean {
  if (rule.prose !== 'instruction') return true;
  return mentionReason(text, start, end) === undefined;
}
