import { isLanguageId } from '../languages';
import { Confidence, RuleDefinition, RuleError, RuleFix, RuleTarget, Severity } from './types';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];
const ID_PATTERN = /^[a-z0-9][a-z0-9_.-]*[a-z0-9]$/i;

type Raw = Record<string, unknown>;

function text(raw: Raw, key: string, fail: (d: string) => never, required = true): string | undefined {
  const value = raw[key];
  if (value === undefined || value === null) {
    if (required) fail(`missing '${key}'`);
    return undefined;
  }
  if (typeof value !== 'string' || !value.trim()) fail(`'${key}' must be a non-empty string`);
  return value as string;
}

function list(raw: Raw, key: string, fail: (d: string) => never): string[] {
  const value = raw[key];
  if (value === undefined || value === null) return [];
  const items = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(items) || items.some(v => typeof v !== 'string' && typeof v !== 'number')) fail(`'${key}' must be a string or a list of strings`);
  return (items as unknown[]).map(String);
}

function normaliseCwe(value: string, fail: (d: string) => never): string {
  const m = /^(?:CWE-?)?0*(\d+)$/i.exec(value.trim());
  if (!m) fail(`'cwe' entries look like CWE-78, not '${value}'`);
  return `CWE-${m![1]}`;
}

/**
 * Checks a rule object (parsed from YAML or JSON, or from a user's settings) and returns it
 * normalised; throws a RuleError that names the rule, its file and the field at fault.
 */
export function validateRule(raw: unknown, source?: string): RuleDefinition {
  const idGuess = raw && typeof raw === 'object' && typeof (raw as Raw).id === 'string' ? ((raw as Raw).id as string) : undefined;
  const fail = (detail: string): never => {
    throw new RuleError(idGuess, source, detail);
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail('a rule must be an object with id, languages, severity, message and a query or regex');
  const r = raw as Raw;
  const id = text(r, 'id', fail)!;
  if (!ID_PATTERN.test(id)) fail(`id '${id}' may only contain letters, digits, '.', '-' and '_'`);

  const languages = list(r, r.languages === undefined && r.language !== undefined ? 'language' : 'languages', fail);
  if (!languages.length) fail("missing 'languages'");
  const targets: RuleTarget[] = [];
  for (const lang of languages) {
    if (lang === 'prose' || lang === '*' || isLanguageId(lang)) targets.push(lang as RuleTarget);
    else fail(`unknown language '${lang}' (known: python, javascript, typescript, tsx, java, c, cpp, csharp, go, rust, php, ruby, bash, prose, *)`);
  }

  const severity = text(r, 'severity', fail)!.toLowerCase() as Severity;
  if (!SEVERITIES.includes(severity)) fail(`severity must be one of ${SEVERITIES.join(', ')}`);
  const confidence = (text(r, 'confidence', fail, false) ?? 'medium').toLowerCase() as Confidence;
  if (!CONFIDENCES.includes(confidence)) fail(`confidence must be one of ${CONFIDENCES.join(', ')}`);

  const message = text(r, 'message', fail)!.trim();
  if (message.includes('\n')) fail("'message' must be one line (put details in 'note')");
  const note = (text(r, 'note', fail, false) ?? message).trim();
  const cwe = list(r, 'cwe', fail).map(c => normaliseCwe(c, fail));
  const owasp = list(r, 'owasp', fail);
  const references = list(r, 'references', fail);

  const query = text(r, 'query', fail, false);
  const regex = text(r, 'regex', fail, false);
  if (!query === !regex) fail("exactly one of 'query' (tree-sitter) and 'regex' is required");
  if (query && targets.some(t => t === 'prose' || t === '*')) fail("a tree-sitter 'query' needs concrete languages; 'prose' and '*' take a 'regex'");
  const flags = text(r, 'flags', fail, false);
  if (flags !== undefined && !/^[imsu]*$/.test(flags)) fail("'flags' may only contain i, m, s and u");
  if (regex !== undefined) {
    try {
      new RegExp(regex, flags ?? '');
    } catch (e) {
      fail(`invalid regex: ${(e as Error).message}`);
    }
  }

  let fix: RuleFix | undefined;
  if (r.fix !== undefined && r.fix !== null) {
    if (typeof r.fix !== 'object' || Array.isArray(r.fix)) fail("'fix' must be an object with title and replacement");
    const f = r.fix as Raw;
    fix = { title: text(f, 'title', fail)!, replacement: typeof f.replacement === 'string' ? f.replacement : fail("'fix.replacement' must be a string") };
    const capture = text(f, 'capture', fail, false);
    if (capture) fix.capture = capture.replace(/^@/, '');
  }

  const prose = r.prose === undefined ? undefined : r.prose;
  if (prose !== undefined && prose !== 'instruction' && prose !== 'always') fail("'prose' must be 'instruction' or 'always'");

  const known = new Set(['id', 'languages', 'language', 'severity', 'confidence', 'message', 'note', 'cwe', 'owasp', 'references', 'fix', 'query', 'regex', 'flags', 'prose', 'source']);
  const unknown = Object.keys(r).filter(k => !known.has(k));
  if (unknown.length) fail(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map(k => `'${k}'`).join(', ')}`);

  return {
    id, languages: targets, severity, confidence, message, note, cwe, owasp, references,
    ...(fix ? { fix } : {}), ...(query ? { query } : {}), ...(regex ? { regex } : {}), ...(flags ? { flags } : {}),
    ...(prose ? { prose: prose as 'instruction' | 'always' } : {}),
    source: source ?? (typeof r.source === 'string' ? r.source : undefined),
  };
}
