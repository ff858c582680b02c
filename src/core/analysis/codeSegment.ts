import { Node, QueryMatch } from 'web-tree-sitter';
import { LanguageId, LANGUAGES } from '../languages';
import { GrammarRegistry } from '../parsing/grammars';
import { IncrementalTree } from '../parsing/incrementalTree';
import { CompiledRegexRule, LanguageRules, RuleSet } from '../rules/ruleSet';
import { RuleDefinition } from '../rules/types';
import { Clock } from '../services';
import { closingBrackets, completeness, inspectExtent } from './construct';
import { settledCode } from './settled';
import { Candidate, FindingChange, FindingTable, LocalFinding } from './localFinding';
import { RegexScanner } from './regexScanner';

export interface CodeSegmentLimits {
  /** Time budget of one incremental parse (a cancelled parse catches up on the next chunk). */
  parseBudgetMs: number;
  /** Time budget of the final parse when the segment ends. */
  finalParseBudgetMs: number;
  /** Above this many characters the segment is checked by regex rules only. */
  maxTreeChars: number;
  /**
   * Benchmark baseline only (`vigil bench`): on every chunk, parse the whole text afresh (no old
   * tree) and run the query over the whole tree, as a monitor without incremental parsing would.
   * Off (undefined) in normal use.
   */
  reparseFromScratch?: boolean;
}

/**
 * Structure changes up to this far before the new text are re-queried whole; further back, the
 * findings in between are checked one by one (see runQuery).
 */
const REQUERY_SLACK = 32;
/** A construct ending this far before a change may still have grown by it (an `if` gaining an `else`). */
const CONSTRUCT_SLACK = 256;
/** Longest code whose unclosed brackets are closed for one more look at its end (see closeUnfinished). */
const CLOSE_UNFINISHED_MAX_CHARS = 256 * 1024;

export const DEFAULT_LIMITS: CodeSegmentLimits = { parseBudgetMs: 50, finalParseBudgetMs: 2000, maxTreeChars: 1 << 20 };

export interface CodeSegmentOptions {
  /** Undefined for code in a language Vigil has no grammar for: only regex rules run. */
  language: LanguageId | undefined;
  rules: RuleSet;
  grammars: GrammarRegistry;
  clock: Clock;
  limits: CodeSegmentLimits;
  enabled: (ruleId: string) => boolean;
  /** Findings ending at or before this local offset are not reported (document context). */
  reportFrom?: number;
  /** Regex rules for a segment without a grammar; defaults to the universal (`*`) rules. */
  fallbackRules?: readonly CompiledRegexRule[];
  notice: (message: string) => void;
}

/**
 * One piece of code being written (an inline completion, or a fenced block of a chat answer):
 * kept parsed incrementally, its tree-sitter rules re-run only over the region each chunk
 * changed, its regex rules over the new text.
 */
export class CodeSegment {
  private tree: IncrementalTree | undefined;
  private readonly compiled: LanguageRules | undefined;
  private readonly queryFindings = new FindingTable();
  private readonly regex: RegexScanner;
  private text = '';
  private finished = false;
  private readonly reportFrom: number;

  constructor(private readonly options: CodeSegmentOptions) {
    this.reportFrom = options.reportFrom ?? 0;
    let regexRules = options.fallbackRules ?? options.rules.universalRules();
    if (options.language) {
      try {
        this.compiled = options.rules.forLanguage(options.language, options.grammars);
        regexRules = this.compiled.regexRules;
        this.tree = new IncrementalTree(options.grammars.get(options.language), options.clock, options.limits.parseBudgetMs);
      } catch (e) {
        options.notice(`${(e as Error).message}; checking this code with pattern rules only`);
      }
    }
    this.regex = new RegexScanner(regexRules, options.enabled, this.reportFrom);
  }

  get language(): LanguageId | undefined {
    return this.options.language;
  }

  /** Live findings (tentative and confirmed), in segment offsets. */
  *findings(): IterableIterator<LocalFinding> {
    yield* this.queryFindings.values();
    yield* this.regex.findings();
  }

  /** Local offset up to which this code is settled: complete lines of constructs that parse. */
  settledLength(): number {
    return settledCode(this.text, this.tree?.upToDate ? this.tree.current : undefined);
  }

  /** Appends text; `budgetMs` overrides the parse budget (a large document context gets the final budget). */
  append(chunk: string, out: FindingChange[], budgetMs?: number): void {
    if (this.finished || !chunk) return;
    this.text += chunk;
    if (this.tree) {
      if (this.text.length > this.options.limits.maxTreeChars) this.dropTree(`${this.describe()} is larger than ${this.options.limits.maxTreeChars} characters; checking the rest with pattern rules only`);
      else this.runQuery(this.options.limits.reparseFromScratch ? this.parseFromScratch(budgetMs) : this.tree.append(chunk, budgetMs), out);
    }
    this.regex.update(this.text, false, out);
  }

  /** The segment is complete: parse whatever is pending and confirm every remaining finding. */
  finish(out: FindingChange[]): void {
    if (this.finished) return;
    this.finished = true;
    if (this.tree) {
      const result = this.tree.reparse(this.options.limits.finalParseBudgetMs);
      // The end re-checks the whole tree once, so the final findings are exactly a fresh parse's.
      if (result.ok) {
        this.runQuery(result, out, true);
        this.closeUnfinished(out);
      } else this.options.notice(`${this.describe()} could not be parsed within ${this.options.limits.finalParseBudgetMs} ms; findings so far are kept`);
      for (const f of this.queryFindings.values()) this.queryFindings.setStatus(f, 'confirmed', out);
    }
    this.regex.update(this.text, true, out);
    this.dispose();
  }

  dispose(): void {
    this.tree?.dispose();
    this.tree = undefined;
  }

  /**
   * Code that ends inside unclosed brackets (a stream cut off at its token limit, a snippet) can
   * leave the open call or block in pieces under an ERROR node, where no rule matches: in
   * `exec('tar ' + name, function (err) {` the call is not a call to the parser. At the end the
   * text is parsed once more with those brackets closed, and what the rules find there within the
   * real text is added.
   */
  private closeUnfinished(out: FindingChange[]): void {
    const tree = this.tree!;
    const root = tree.current?.rootNode;
    const query = this.compiled?.query;
    if (!root?.hasError || !query || tree.text.length > CLOSE_UNFINISHED_MAX_CHARS) return;
    const closers = closingBrackets(root);
    if (!closers) return;
    const { grammars, clock, limits } = this.options;
    const closed = new IncrementalTree(grammars.get(this.options.language!), clock, limits.finalParseBudgetMs);
    try {
      if (!closed.append(`${tree.text}\n${closers}\n`).ok || !closed.current) return;
      const length = tree.text.length;
      const added: Candidate[] = [];
      for (const m of query.matches(closed.current.rootNode)) {
        const c = this.candidate(m);
        if (!c || c.start >= length || this.queryFindings.has(c.key)) continue;
        // A match may take in the added brackets: it is reported up to the end of the real text.
        added.push({ ...c, end: Math.min(c.end, length), extentEnd: Math.min(c.extentEnd, length), fix: c.fix && c.fix.end <= length ? c.fix : undefined });
      }
      this.queryFindings.reconcile(added, () => false, out);
    } finally {
      closed.dispose();
    }
  }

  /** The `reparseFromScratch` baseline: a new tree of the whole text, so that the query covers all of it. */
  private parseFromScratch(budgetMs?: number): ReturnType<IncrementalTree['append']> {
    const fresh = new IncrementalTree(this.options.grammars.get(this.options.language!), this.options.clock, this.options.limits.parseBudgetMs);
    this.tree!.dispose();
    this.tree = fresh;
    return fresh.append(this.text, budgetMs);
  }

  private describe(): string {
    return this.options.language ? `the ${LANGUAGES[this.options.language].displayName} code` : 'the code';
  }

  private dropTree(message: string): void {
    this.options.notice(message);
    this.dispose();
  }

  /**
   * Re-runs the rules over what the new text can have changed. Matches that touch the new text are
   * found by querying from it (a query range returns every match whose outermost node intersects
   * it). Error recovery can regroup complete statements far before the new text without changing
   * them; rather than re-querying all of that (quadratic over a long stream), each earlier finding
   * is checked in place: it stands if its node kept its structure, else its extent is re-queried.
   * `full` re-queries the whole tree (at the end of the segment).
   */
  private runQuery(result: ReturnType<IncrementalTree['append']>, out: FindingChange[], full = false): void {
    const tree = this.tree!;
    const current = tree.current;
    if (!result.ok || !current || !this.compiled?.query) return;
    const query = this.compiled.query;
    // Start one character early so that nodes ending exactly where the new text starts are re-checked.
    const from = full ? 0 : Math.max(0, Math.max(result.changedFrom, result.editFrom - REQUERY_SLACK) - 1);
    const ranges: [number, number][] = [[from, tree.text.length]];
    const suspects = new Set<LocalFinding>();
    const kept: { f: LocalFinding; incomplete: boolean; constructEnd: number }[] = [];
    const cursor = current.walk();
    try {
      for (const f of this.queryFindings.values()) {
        if (f.extentEnd > from) continue;
        // A construct that ended well before the change is untouched: it neither grew (an `if`
        // gaining an `else`) nor was regrouped (that moves changedFrom back over it).
        if (f.constructEnd !== undefined && f.constructEnd < result.changedFrom - CONSTRUCT_SLACK) continue;
        const at = inspectExtent(cursor, current.rootNode, f.extentStart, f.extentEnd);
        // Only a change of structure reaching back to the match can have altered it.
        const same = at.exact.length > 0 && (f.extentEnd < result.changedFrom || at.exact.some(n => n.toString() === f.extentShape));
        if (same) kept.push({ f, incomplete: at.incomplete, constructEnd: at.constructEnd });
        else {
          suspects.add(f);
          ranges.push([f.extentStart, f.extentEnd]);
        }
      }
    } finally {
      cursor.delete();
    }
    const candidates: Candidate[] = [];
    for (const [start, end] of ranges) {
      for (const m of query.matches(current.rootNode, { startPosition: tree.lines.pointAt(start), endPosition: tree.lines.pointAt(end) })) {
        const c = this.candidate(m);
        if (c) candidates.push(c);
      }
    }
    this.queryFindings.reconcile(candidates, f => f.extentEnd > from || suspects.has(f), out);
    // The match stands; whether its construct is complete can change either way, also from text
    // appended after it (an `if` gaining an open `else` block).
    for (const { f, incomplete, constructEnd } of kept) {
      f.constructEnd = constructEnd;
      this.queryFindings.setStatus(f, incomplete ? 'tentative' : 'confirmed', out);
    }
  }

  private candidate(m: QueryMatch): Candidate | undefined {
    const rule = this.compiled!.patternRules[m.patternIndex];
    if (!rule || !this.options.enabled(rule.id) || !m.captures.length) return undefined;
    let extent: Node = m.captures[0].node;
    let finding: Node | undefined;
    for (const c of m.captures) {
      const n = c.node;
      if (n.endIndex - n.startIndex > extent.endIndex - extent.startIndex) extent = n;
      if (c.name === 'finding' && !finding) finding = n;
    }
    finding ??= extent;
    if (finding.endIndex <= this.reportFrom) return undefined;
    const state = completeness(extent);
    return {
      key: `${rule.id}@${finding.startIndex}`,
      rule,
      start: finding.startIndex,
      end: finding.endIndex,
      extentStart: extent.startIndex,
      extentEnd: extent.endIndex,
      extentShape: extent.toString(),
      constructEnd: state.constructEnd,
      tentative: state.incomplete,
      fix: fixFor(rule, m, finding),
    };
  }
}

function fixFor(rule: RuleDefinition, m: QueryMatch, finding: Node): LocalFinding['fix'] {
  const fix = rule.fix;
  if (!fix) return undefined;
  const target = fix.capture ? m.captures.find(c => c.name === fix.capture)?.node : finding;
  if (!target) return undefined;
  const text = fix.replacement.replace(/\$([A-Za-z_][\w]*)/g, (whole, name: string) => m.captures.find(c => c.name === name)?.node.text ?? whole);
  return { title: fix.title, start: target.startIndex, end: target.endIndex, text };
}
