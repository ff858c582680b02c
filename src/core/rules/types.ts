import { LanguageId } from '../languages';

export type Severity = 'error' | 'warning' | 'info';
export type Confidence = 'high' | 'medium' | 'low';

/**
 * What a rule applies to: a tree-sitter language, `prose` (the text of a chat answer outside code
 * blocks, including inline code spans) or `*` (every code language and prose; regex rules only).
 */
export type RuleTarget = LanguageId | 'prose' | '*';

/** A fix: replace the text of one capture (or the whole finding) with a template. */
export interface RuleFix {
  /** The quick-fix title shown to the user, e.g. "Use yaml.safe_load". */
  title: string;
  /** The capture whose node is replaced; the finding's range when absent. */
  capture?: string;
  /** Replacement text; `$name` inserts the text of capture `@name`. */
  replacement: string;
}

/** One rule, as written in a rule file (YAML) after validation. */
export interface RuleDefinition {
  /** Stable id, `<language-or-area>.<name>`, e.g. `python.subprocess-shell-true`. */
  id: string;
  languages: RuleTarget[];
  severity: Severity;
  confidence: Confidence;
  /** One line, shown in diagnostics and reports. */
  message: string;
  /** Markdown: why it matters and what to do instead. */
  note: string;
  /** CWE identifiers, `CWE-78` style; the first is the primary one. */
  cwe: string[];
  /** OWASP Top 10 categories, e.g. `A03:2021 - Injection`. */
  owasp: string[];
  references: string[];
  fix?: RuleFix;
  /** Tree-sitter query; the finding is the `@finding` capture, else the pattern's outermost capture. */
  query?: string;
  /** JavaScript regular expression (used where syntax does not matter); a `(?<finding>...)` group narrows the range. */
  regex?: string;
  /** Regex flags, a subset of `imsu`. */
  flags?: string;
  /**
   * For prose rules: `instruction` means the text is only unsafe when it tells the reader to do it;
   * a warning or negation in the same sentence ("never run ...") makes it a mention, not a finding.
   */
  prose?: 'instruction' | 'always';
  /** Where the rule came from (a file path), for messages. */
  source?: string;
}

/** Numeric weights of the confidence labels, used by the safety signal and reports. */
export const CONFIDENCE_VALUE: Readonly<Record<Confidence, number>> = { high: 0.9, medium: 0.6, low: 0.3 };

/** A problem with a rule, naming the rule and its file; the rule is left out, every other rule keeps working. */
export class RuleError extends Error {
  constructor(
    readonly ruleId: string | undefined,
    readonly source: string | undefined,
    detail: string,
    /** Offset in the rule's query or regex text where the problem is, when known. */
    readonly queryOffset?: number,
  ) {
    super(`${ruleId ? `rule '${ruleId}'` : 'rule'}${source ? ` (${source})` : ''}: ${detail}`);
    this.name = 'RuleError';
  }
}
