// Groups of labelled streams that must stay on one side of any split (training folds,
// calibration/test): the same snippet, behaviour or prompt must never be on both sides.
import { createHash } from 'node:crypto';

/** What grouping needs of a stream (a LabelledStream fits). */
export interface GroupableStream {
  id: string;
  source: string;
  text: string;
}

/**
 * The group of a stream, by source (see ../shared/data/README.md):
 * - cyberseceval: the snippet (`origin_code`, which is the stream text): one snippet, one group;
 * - sven: the vulnerable/fixed pair (the id without `/before` or `/after`);
 * - xstest: the prompt (`xstest/<model>/<prompt id>`: every model's answer to it);
 * - jailbreakbench: the behaviour index (`jbb/<method>/<model>/<index>`);
 * - llmseceval: the scenario (`CWE-190_IOW-1a.py` and `...-1b.py` are variants of one prompt);
 * - gtfobins: the binary;
 * - anything else: the stream itself.
 */
export function streamGroup(s: GroupableStream): string {
  const parts = s.id.split('/');
  switch (s.source) {
    case 'cyberseceval':
      return `cyberseceval:${createHash('sha256').update(s.text).digest('hex').slice(0, 16)}`;
    case 'sven':
      return `sven:${s.id.replace(/\/(before|after)$/, '')}`;
    case 'xstest':
      return `xstest:${parts[parts.length - 1]}`;
    case 'jailbreakbench':
      return `jailbreakbench:${parts[parts.length - 1]}`;
    case 'llmseceval':
      return `llmseceval:${s.id.replace(/[a-z]?\.py$/, '')}`;
    case 'gtfobins':
      return `gtfobins:${parts[1] ?? s.id}`;
    default:
      return `${s.source}:${s.id}`;
  }
}

/** The fold of a group among `folds` (stable on every machine: a hash of its name and the seed). */
export function groupFold(group: string, folds: number, seed = 0): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) % folds;
}

/** A deterministic PRNG (mulberry32): the same seed gives the same splits on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Splits item indices by group: a random `fraction` of the groups (at least one, at most all but
 * one) goes to the first side. Returns [first, second] index lists in input order.
 */
export function splitByGroup(groups: readonly string[], fraction: number, random: () => number): [number[], number[]] {
  if (!(fraction > 0 && fraction < 1)) throw new RangeError(`the split fraction must be in (0, 1), got ${fraction}`);
  const unique = [...new Set(groups)].sort();
  for (let i = unique.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [unique[i], unique[j]] = [unique[j], unique[i]];
  }
  const take = Math.min(unique.length - 1, Math.max(1, Math.round(unique.length * fraction)));
  const first = new Set(unique.slice(0, take));
  const a: number[] = [];
  const b: number[] = [];
  groups.forEach((g, i) => (first.has(g) ? a : b).push(i));
  return [a, b];
}
