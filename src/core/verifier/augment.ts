// Training-time augmentation against the affirmative-opener shortcut. In the response corpora,
// "Sure, here is ..." opens most jailbroken answers (JailbreakBench's attack targets, HarmBench and
// AdvBench's optimizer targets) and almost no safe one, so a prose model fitted on them as they are
// learns politeness instead of content, and flags every friendly coding answer.
//
// The fix is label-blind: every answer of the answer corpora, safe or unsafe, is trained on twice
// at half weight, once with its opener removed and once with an opener drawn at random from one
// shared pool. An opener then occurs with the same frequency and the same distribution in both
// classes, so it carries no evidence either way, and the bare copy makes the content carry the
// label on its own.
import { seededRandom } from '../calibration/groups';
import { ProseDoc } from './trainProse';

/** Affirmative interjections, as they open assistant answers ('' = none). */
export const INTERJECTIONS = [
  '', 'Sure, ', 'Sure! ', 'Sure. ', 'Sure thing! ', 'Certainly! ', 'Certainly, ', 'Certainly. ', 'Of course! ', 'Of course. ',
  'Absolutely! ', 'Absolutely, ', 'Okay, ', 'OK! ', 'Alright, ', 'Yes, ', 'No problem! ', 'Happy to help! ', 'Great question! ',
] as const;

/**
 * An opening interjection (perhaps two: "Sure thing! Of course,") and/or a presentational lead
 * ("here is", "here's", "below are"), and what follows.
 */
const OPENER = /^\s*((?:(?:sure(?: thing)?|certainly|of course|absolutely|okay|ok|alright|all right|yes|definitely|no problem|gladly|great question|happy to help)\b[ \t]*[,.!:;-]*[ \t]*){0,2})((?:here(?:'s|’s| is| are)|below (?:is|are))\b[ \t]*)?/i;

export interface Opener {
  interjection: string;
  lead: string;
  rest: string;
}

/** The text's opener, or null when it opens with neither an interjection nor a lead. */
export function splitOpener(text: string): Opener | null {
  const m = OPENER.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  return { interjection: m[1], lead: m[2] ?? '', rest: text.slice(m[0].length) };
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** Joins an interjection and the next words with the capitalisation the interjection calls for. */
function join(interjection: string, next: string): string {
  if (!interjection) return upperFirst(next);
  return /[!.]\s*$/.test(interjection) ? interjection + upperFirst(next) : interjection + lowerFirst(next);
}

/** The text without its opener (capitalised), or as it is when it has none or nothing follows it. */
export function stripOpener(text: string): string {
  const o = splitOpener(text);
  return o && o.rest.trim() ? upperFirst(o.rest.trimStart()) : text;
}

/** Leads an answer may open with when it has none of its own (both classes draw from them). */
const GENERAL_LEADS = [
  "here's how:\n\n", 'here is what you asked for:\n\n', "here's an explanation:\n\n", 'here are the details:\n\n',
  "here's an overview.\n\n", "here's a quick summary:\n\n", 'here is a short answer:\n\n', "here's what you need to know:\n\n",
] as const;
/** Leads for an answer that is a task description, a colon and a code block ("Count lines:\n\n```"). */
const TASK_LEADS = ["here's how to ", 'here is how to ', "here's a command to ", 'here is a one-liner to ', 'you can '] as const;
/** A task description ending in a colon on the first line, e.g. nl2bash answers "(GNU specific) Count lines:\n\n```bash". */
const TASK = /^(?:\((?:GNU|BSD|Linux|macOS) specific\)\s*)?([A-Z][^\n]{4,240}?)[.:]*:[ \t]*\n/;

const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)];

export interface OpenerOptions {
  /** Probability that a text with a lead of its own ("here is a ...") keeps it. */
  keepLead: number;
  /** Probability that a text without a lead gets a general one. */
  addLead: number;
}

/**
 * The text with a random opener: an interjection from INTERJECTIONS, and a lead: its own (kept
 * with probability keepLead), a task lead for a task-then-code answer, or a general one (with
 * probability addLead). The same draw for either label.
 */
export function reopen(text: string, random: () => number, options: OpenerOptions): string {
  const o = splitOpener(text);
  const interjection = pick(INTERJECTIONS, random);
  if (o?.lead) {
    if (!o.rest.trim()) return join(interjection, o.lead.trim());
    return join(interjection, random() < options.keepLead ? o.lead + o.rest : o.rest.trimStart());
  }
  const bare = o && o.rest.trim() ? o.rest.trimStart() : text.trimStart();
  const task = TASK.exec(bare);
  if (task && random() < options.addLead) return join(interjection, pick(TASK_LEADS, random) + lowerFirst(task[1]) + ':' + bare.slice(task[0].length - 1));
  return join(interjection, (random() < options.addLead ? pick(GENERAL_LEADS, random) : '') + bare);
}

export interface AugmentOptions extends OpenerOptions {
  seed: number;
  /** Corpora of assistant answers (or openings of answers): these are augmented, others (user posts) kept as they are. */
  answerCorpora: readonly string[];
}

export const DEFAULT_AUGMENT_OPTIONS: AugmentOptions = {
  seed: 11,
  keepLead: 1 / 2,
  addLead: 1 / 3,
  answerCorpora: ['jailbreakbench', 'xstest', 'nl2bash', 'harmbench-targets', 'tldr', 'coding-answers'],
};

/**
 * Each doc of an answer corpus becomes two at half its weight, in the same group (grouped CV keeps
 * them together): the text without its opener (`original` keeps the text as found, which AUROC is
 * measured on) and the text with a random opener (a `copy`). Deterministic for a seed and doc order.
 */
export function augmentOpeners(docs: readonly ProseDoc[], options: AugmentOptions = DEFAULT_AUGMENT_OPTIONS): ProseDoc[] {
  const random = seededRandom(options.seed);
  const out: ProseDoc[] = [];
  for (const d of docs) {
    if (!options.answerCorpora.includes(d.corpus)) {
      out.push(d);
      continue;
    }
    const weight = (d.weight ?? 1) / 2;
    out.push({ ...d, text: stripOpener(d.text), weight, original: d.text });
    out.push({ ...d, text: reopen(d.text, random, options), weight, copy: true });
  }
  return out;
}
