import { Language, Query } from 'web-tree-sitter';
import { LanguageId } from '../languages';
import { GrammarRegistry } from '../parsing/grammars';
import { RuleDefinition, RuleError } from './types';
import { validateRule } from './validate';

/** A regex rule ready to run: global (and with indices where it has a `finding` group). */
export interface CompiledRegexRule {
  rule: RuleDefinition;
  regex: RegExp;
  /** True when the regex has a `(?<finding>...)` group that narrows the reported range. */
  narrowed: boolean;
}

/** Every rule for one language, compiled: one combined tree-sitter query (one tree walk per update) and the regex rules. */
export interface LanguageRules {
  language: LanguageId;
  query?: Query;
  /** The rule of each pattern of `query`, by pattern index. */
  patternRules: RuleDefinition[];
  regexRules: CompiledRegexRule[];
  /** Rules left out because their query did not compile for this language. */
  problems: RuleError[];
}

export function compileRegexRule(rule: RuleDefinition): CompiledRegexRule {
  const narrowed = /\(\?<finding>/.test(rule.regex!);
  return { rule, regex: new RegExp(rule.regex!, `${rule.flags ?? ''}g${narrowed ? 'd' : ''}`), narrowed };
}

const SUPPORTED_PREDICATES = 'eq?, not-eq?, any-eq?, match?, not-match?, any-match?, any-of?, not-any-of?';

/** Why pattern `i` of a compiled query cannot be used in a rule, or undefined when it is fine. */
function checkPattern(query: Query, source: string, i: number): { detail: string; offset: number } | undefined {
  const offset = query.startIndexForPattern(i);
  const custom = query.predicates[i];
  if (custom?.length) return { detail: `unsupported predicate #${custom[0].operator} (supported: ${SUPPORTED_PREDICATES})`, offset };
  // The outermost node of each pattern must be captured: incremental re-checking uses the
  // largest capture as the extent of a match.
  if (!capturesOutermost(source.slice(offset, query.endIndexForPattern(i)))) return { detail: `pattern must capture its outermost node, e.g. '(call ...) @finding'`, offset };
  return undefined;
}

/** Index just past the balanced bracket expression starting at `i` (strings and escapes respected). */
function skipBalanced(text: string, i: number): number {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === '"') {
      for (j++; j < text.length && text[j] !== '"'; j++) if (text[j] === '\\') j++;
    } else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return text.length;
}

/**
 * True when a pattern's outermost node is captured: `(node ...) @cap`, or a group whose one node
 * is captured and whose other members are predicates: `((node ...) @cap (#match? @cap "x"))`.
 */
export function capturesOutermost(pattern: string): boolean {
  const text = pattern.replace(/("(?:[^"\\]|\\.)*")|;[^\n]*/g, (_m, str: string | undefined) => str ?? '').trim();
  if (/@[\w.-]+$/.test(text)) return true;
  if (!/^\(\s*[([]/.test(text)) return false;
  const first = text.indexOf('(', 1) < 0 ? -1 : text.slice(1).search(/[([]/) + 1;
  const end = skipBalanced(text, first);
  const rest = text.slice(end);
  const capture = /^\s*@[\w.-]+/.exec(rest);
  if (!capture) return false;
  // Everything else inside the group must be predicates.
  let k = end + capture[0].length;
  for (;;) {
    while (k < text.length && /\s/.test(text[k])) k++;
    if (k >= text.length - 1) return text[k] === ')';
    if (!text.startsWith('(#', k)) return false;
    k = skipBalanced(text, k);
  }
}

/** A combined query of several rules, with the rule and rule-relative offset of each pattern. */
interface Combined {
  query: Query;
  patternRules: RuleDefinition[];
  bad: Map<RuleDefinition, { detail: string; offset: number }>;
}

/** Compiles the rules' queries as one query (one compile, one tree walk per update) and checks each pattern. */
function combine(grammar: Language, rules: readonly RuleDefinition[]): Combined {
  const starts: number[] = [];
  let at = 0;
  for (const r of rules) {
    starts.push(at);
    at += r.query!.length + 1;
  }
  const source = rules.map(r => r.query).join('\n');
  const query = new Query(grammar, source);
  const patternRules: RuleDefinition[] = [];
  const bad = new Map<RuleDefinition, { detail: string; offset: number }>();
  for (let i = 0; i < query.patternCount(); i++) {
    const offset = query.startIndexForPattern(i);
    let k = rules.length - 1;
    while (k > 0 && starts[k] > offset) k--;
    const rule = rules[k];
    patternRules.push(rule);
    const problem = bad.has(rule) ? undefined : checkPattern(query, source, i);
    if (problem) bad.set(rule, { detail: problem.detail, offset: problem.offset - starts[k] });
  }
  return { query, patternRules, bad };
}

/**
 * The rules in force, validated, and compiled per language on first use. Rules that fail to
 * validate or compile are reported in `problems` and left out; all others keep working.
 */
export class RuleSet {
  private readonly compiled = new Map<LanguageId, LanguageRules>();
  private readonly ids: Map<string, RuleDefinition>;
  private proseCache?: CompiledRegexRule[];
  private blockFallbackCache?: CompiledRegexRule[];

  constructor(
    readonly rules: readonly RuleDefinition[],
    readonly problems: readonly RuleError[] = [],
  ) {
    this.ids = new Map(rules.map(r => [r.id, r]));
  }

  /** Validates raw rule objects; invalid ones become problems (duplicate ids too: the later one is left out). */
  static fromRaw(raws: readonly unknown[], sourceOf: (raw: unknown, index: number) => string | undefined = () => undefined): RuleSet {
    const rules: RuleDefinition[] = [];
    const problems: RuleError[] = [];
    const seen = new Set<string>();
    raws.forEach((raw, index) => {
      try {
        const rule = validateRule(raw, sourceOf(raw, index));
        if (seen.has(rule.id)) throw new RuleError(rule.id, rule.source, 'duplicate rule id');
        seen.add(rule.id);
        rules.push(rule);
      } catch (e) {
        problems.push(e instanceof RuleError ? e : new RuleError(undefined, sourceOf(raw, index), String(e)));
      }
    });
    return new RuleSet(rules, problems);
  }

  /** This set plus `extra` (extra rules replace same-id rules here); problems of both are kept. */
  with(extra: RuleSet): RuleSet {
    const replaced = new Set(extra.rules.map(r => r.id));
    return new RuleSet([...this.rules.filter(r => !replaced.has(r.id)), ...extra.rules], [...this.problems, ...extra.problems]);
  }

  get(id: string): RuleDefinition | undefined {
    return this.ids.get(id);
  }

  /** Compiles (once) and returns the rules for `language`. Throws only if the grammar itself cannot load. */
  forLanguage(language: LanguageId, grammars: GrammarRegistry): LanguageRules {
    const cached = this.compiled.get(language);
    if (cached) return cached;
    const grammar = grammars.get(language);
    const problems: RuleError[] = [];
    let candidates = this.rules.filter(r => r.query && r.languages.includes(language));
    let combined: Combined | undefined;
    try {
      combined = candidates.length ? combine(grammar, candidates) : undefined;
    } catch {
      // Some rule does not compile: find which, one by one (the slow path, only when a rule is broken).
      candidates = candidates.filter(rule => {
        try {
          new Query(grammar, rule.query!).delete();
          return true;
        } catch (e) {
          const err = e as Error & { index?: number };
          problems.push(new RuleError(rule.id, rule.source, `${language} query does not compile: ${err.message}`, err.index));
          return false;
        }
      });
      combined = candidates.length ? combine(grammar, candidates) : undefined;
    }
    if (combined?.bad.size) {
      for (const [rule, bad] of combined.bad) problems.push(new RuleError(rule.id, rule.source, `${language} query: ${bad.detail}`, bad.offset));
      combined.query.delete();
      candidates = candidates.filter(r => !combined!.bad.has(r));
      combined = candidates.length ? combine(grammar, candidates) : undefined;
    }
    const regexRules = this.rules
      .filter(r => r.regex && (r.languages.includes(language) || r.languages.includes('*')))
      .map(compileRegexRule);
    const result: LanguageRules = { language, query: combined?.query, patternRules: combined?.patternRules ?? [], regexRules, problems };
    this.compiled.set(language, result);
    return result;
  }

  /** Regex rules for text without a grammar: prose, and code blocks in languages Vigil does not parse. */
  proseRules(): CompiledRegexRule[] {
    this.proseCache ??= this.rules.filter(r => r.regex && (r.languages.includes('prose') || r.languages.includes('*'))).map(compileRegexRule);
    return this.proseCache;
  }

  /**
   * Regex rules for a chat code block in a language without a grammar (`text`, `powershell`,
   * `dockerfile`...): those for any text and the shell-command rules, not prose-only rules.
   */
  blockFallbackRules(): CompiledRegexRule[] {
    this.blockFallbackCache ??= this.rules
      .filter(r => r.regex && (r.languages.includes('*') || r.languages.includes('bash')))
      .map(compileRegexRule);
    return this.blockFallbackCache;
  }

  /** Regex rules that apply to every language (`*`), for code in a language without a grammar. */
  universalRules(): CompiledRegexRule[] {
    return this.proseRules().filter(c => c.rule.languages.includes('*'));
  }
}
