import { CompiledRegexRule } from '../rules/ruleSet';
import { RuleDefinition } from '../rules/types';
import { Candidate, FindingChange, FindingTable, LocalFinding } from './localFinding';

/** Longest match a regex rule is expected to need; bounds the re-scanned tail of a growing line. */
export const REGEX_TAIL = 512;
/** Lines up to this long are scanned from their start, so anchors and line context see the whole line. */
const MAX_LINE_CONTEXT = 16 * 1024;

/** Decides whether a regex match counts (e.g. prose: not when it is only mentioned in a warning). */
export type MatchFilter = (rule: RuleDefinition, text: string, start: number, end: number) => boolean;

/**
 * Runs regex rules over an append-only text, line by line, incrementally: each update scans
 * only the new text plus a bounded tail of the line it continues. Matches on the line still
 * being written are tentative; they are confirmed when the line ends or the text ends.
 */
export class RegexScanner {
  private readonly table = new FindingTable();
  /** Offset up to which the text has been scanned. */
  private scannedTo = 0;
  /** Start of the line that is still incomplete. */
  private openLineStart = 0;

  constructor(
    private readonly rules: readonly CompiledRegexRule[],
    private readonly enabled: (ruleId: string) => boolean,
    /** Matches ending at or before this offset are not reported (the context before a completion). */
    private readonly reportFrom = 0,
    private readonly accept?: MatchFilter,
  ) {}

  findings(): IterableIterator<LocalFinding> {
    return this.table.values();
  }

  update(text: string, finished: boolean, out: FindingChange[]): void {
    if (!this.rules.length) return;
    const end = text.length;
    const from = Math.max(this.openLineStart, this.scannedTo - REGEX_TAIL);
    const lastNewline = text.lastIndexOf('\n', end - 1);
    const openLineStart = lastNewline >= from ? lastNewline + 1 : this.openLineStart;
    const candidates: Candidate[] = [];
    const fromLine = text.lastIndexOf('\n', from - 1) + 1;
    let lineStart = from - fromLine <= MAX_LINE_CONTEXT ? fromLine : from;
    while (lineStart < end) {
      const nl = text.indexOf('\n', lineStart);
      const lineEnd = nl < 0 ? end : nl;
      const tentative = !finished && nl < 0;
      if (lineEnd > lineStart) this.scanLine(text, lineStart, lineEnd, tentative, candidates);
      lineStart = nl < 0 ? end : nl + 1;
    }
    // The scanned window owns every finding that starts inside it; matches before it stay as they were.
    this.table.reconcile(candidates.filter(c => c.start >= from), f => f.start >= from, out);
    // Lines that ended since the last update confirm what was found on them.
    for (const f of this.table.values()) if (finished || f.start < openLineStart) this.table.setStatus(f, 'confirmed', out);
    this.scannedTo = end;
    this.openLineStart = openLineStart;
  }

  private scanLine(text: string, start: number, end: number, tentative: boolean, out: Candidate[]): void {
    const line = text.slice(start, end);
    for (const { rule, regex, narrowed } of this.rules) {
      if (!this.enabled(rule.id)) continue;
      regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = regex.exec(line))) {
        if (m[0].length === 0) {
          regex.lastIndex++;
          continue;
        }
        let s = start + m.index;
        let e = s + m[0].length;
        const extentStart = s;
        const extentEnd = e;
        if (narrowed && m.indices?.groups?.finding) {
          [s, e] = m.indices.groups.finding.map(i => start + i) as [number, number];
        }
        if (e <= this.reportFrom) continue;
        if (this.accept && !this.accept(rule, text, s, e)) continue;
        out.push({ key: `${rule.id}@${s}`, rule, start: s, end: e, extentStart, extentEnd, tentative });
      }
    }
  }
}
