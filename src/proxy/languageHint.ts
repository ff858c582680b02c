import { LanguageId, languageForPath, resolveLanguage } from '../core';

/**
 * What a completion request says about its code: the language (from a field, a file path, or a
 * guess from the text) and the document text before the cursor, which the monitor parses the
 * completion in.
 */
export interface CompletionHints {
  language?: LanguageId;
  /** How the language was found. */
  source: 'field' | 'path' | 'prompt-path' | 'guess' | 'none';
  /** The file the request names, when it names one. */
  path?: string;
  /** The text before the cursor, FIM markup removed. */
  prefix: string;
}

const LANGUAGE_FIELDS = ['language', 'languageId', 'language_id', 'lang'];
const PATH_FIELDS = ['filepath', 'filePath', 'file_path', 'filename', 'fileName', 'file', 'path', 'uri'];

/** Reads hints from a completion request body (OpenAI `/v1/completions` or Ollama `/api/generate`). */
export function completionHints(body: Record<string, unknown>): CompletionHints {
  const prompt = promptText(body.prompt);
  const { prefix, path: promptPath } = splitFimPrompt(prompt);
  const holders = [body, asRecord(body.metadata), asRecord(body.extra), asRecord(body.extra_body), asRecord(asRecord(body.metadata)?.file)];
  for (const h of holders) {
    if (!h) continue;
    for (const f of LANGUAGE_FIELDS) {
      const language = typeof h[f] === 'string' ? resolveLanguage(h[f] as string) : undefined;
      if (language) return { language, source: 'field', prefix };
    }
  }
  for (const h of holders) {
    if (!h) continue;
    for (const f of PATH_FIELDS) {
      const p = h[f];
      if (typeof p !== 'string' || !p) continue;
      const language = languageForPath(p.replace(/[?#].*$/, ''));
      if (language) return { language, source: 'path', path: p, prefix };
    }
  }
  const path = promptPath ?? pathComment(prefix);
  const fromPath = path ? languageForPath(path) : undefined;
  if (fromPath) return { language: fromPath, source: 'prompt-path', path, prefix };
  const guessed = guessLanguage(prefix + promptText(body.suffix).slice(0, 2000));
  return guessed ? { language: guessed, source: 'guess', ...(path ? { path } : {}), prefix } : { source: 'none', ...(path ? { path } : {}), prefix };
}

function asRecord(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** The prompt as text: OpenAI allows a string or an array of strings (one per choice; the first is used). */
export function promptText(prompt: unknown): string {
  if (typeof prompt === 'string') return prompt;
  if (Array.isArray(prompt) && typeof prompt[0] === 'string') return prompt[0];
  return '';
}

/** Fill-in-the-middle markup of common code models: [prefix tag, suffix tag, middle tag]. */
const FIM_STYLES: { prefix: string; suffix: string; middle: string }[] = [
  { prefix: '<|fim_prefix|>', suffix: '<|fim_suffix|>', middle: '<|fim_middle|>' },
  { prefix: '<fim_prefix>', suffix: '<fim_suffix>', middle: '<fim_middle>' },
  { prefix: '<|fim▁begin|>', suffix: '<|fim▁hole|>', middle: '<|fim▁end|>' },
  { prefix: '<｜fim▁begin｜>', suffix: '<｜fim▁hole｜>', middle: '<｜fim▁end｜>' },
  { prefix: '<PRE>', suffix: '<SUF>', middle: '<MID>' },
  { prefix: '<|fim_begin|>', suffix: '<|fim_hole|>', middle: '<|fim_end|>' },
];

/**
 * The text before the cursor in a raw FIM prompt, and the current file's path when the prompt
 * names it (`<|file_sep|>path`, `<filename>path`, `+++++ path`). Without markup the prompt is
 * the prefix.
 */
export function splitFimPrompt(prompt: string): { prefix: string; path?: string } {
  // Suffix-first (Codestral): [SUFFIX]suffix[PREFIX]prefix
  const spm = prompt.lastIndexOf('[PREFIX]');
  if (spm >= 0 && prompt.includes('[SUFFIX]')) return stripPathHeader(prompt.slice(spm + '[PREFIX]'.length));
  for (const style of FIM_STYLES) {
    const p = prompt.lastIndexOf(style.prefix);
    if (p < 0) continue;
    const before = prompt.slice(0, p);
    const after = prompt.slice(p + style.prefix.length);
    const s = after.indexOf(style.suffix);
    const prefix = s >= 0 ? after.slice(0, s) : after.replace(style.middle, '');
    const path = lastFileHeader(before);
    const stripped = stripPathHeader(style.prefix === '<PRE>' ? prefix.replace(/^ /, '') : prefix);
    return { prefix: stripped.prefix, path: stripped.path ?? path };
  }
  return stripPathHeader(prompt);
}

function lastFileHeader(text: string): string | undefined {
  const re = /(?:<\|file_sep\|>|<file_sep>|<filename>)([^\n<]+)\n?/g;
  let last: string | undefined;
  for (let m; (m = re.exec(text)); ) last = m[1].trim();
  return last;
}

/**
 * `+++++ path` lines (Continue's multi-file FIM prompts) and `<filename>path` name files and are
 * not code: the text after the last one is the current file's prefix.
 */
function stripPathHeader(prefix: string): { prefix: string; path?: string } {
  const re = /(?:^|\n)(?:\+\+\+\+\+ |<filename>)([^\n]+)\n/g;
  let last: RegExpExecArray | undefined;
  for (let m; (m = re.exec(prefix)); ) last = m;
  if (!last) return { prefix };
  return { prefix: prefix.slice(last.index + last[0].length), path: last[1].trim() };
}

/** A `// Path: src/app.ts` style comment in the first lines of the prefix. */
function pathComment(prefix: string): string | undefined {
  const head = prefix.slice(0, 2000).split('\n').slice(0, 5).join('\n');
  const m = /^\s*(?:#|\/\/|--|;|\/\*|<!--)\s*(?:path|file|filename|filepath|file path)\s*:\s*([^\s*>]+)/im.exec(head);
  return m?.[1];
}

/** Weighted signals per language: [pattern, weight]. Patterns run over at most the last 8 KB. */
const SIGNALS: Record<LanguageId, [RegExp, number][]> = {
  python: [[/^\s*def \w+\s*\([^)]*\)\s*(->\s*[^:]+)?:/m, 3], [/^\s*(from [\w.]+ )?import [\w., ]+$/m, 2], [/^\s*(elif|except\b.*|with .+ as \w+):/m, 3], [/\bself\.\w+/, 2], [/^\s*class \w+(\([^)]*\))?:\s*$/m, 3], [/\bprint\(/, 1], [/\bNone\b|\bTrue\b|\bFalse\b/, 1], [/^\s*@\w+/m, 1], [/f"[^"]*\{/, 1]],
  javascript: [[/\b(const|let|var) \w+ = require\(/, 3], [/\bmodule\.exports\b/, 3], [/=>\s*[{(]?/, 1], [/\bfunction\s*\w*\s*\(/, 1], [/\bconsole\.log\(/, 2], [/\b(const|let) \w+\s*=/, 1], [/\bdocument\.|\bwindow\./, 2], [/^\s*import .+ from ['"]/m, 1], [/===|!==/, 1]],
  typescript: [[/^\s*(export )?(interface|type) \w+(<[^>]*>)? (=|\{|extends)/m, 3], [/\b(const|let|var) \w+: [A-Z\w<>[\]|]+ =/, 3], [/\(\w+: (string|number|boolean|[A-Z]\w*)(\[\])?[,)]/, 3], [/\): (Promise<|void|string|number|boolean)/, 3], [/\bimport type\b|\bas const\b|\breadonly \w+:/, 2], [/^\s*import .+ from ['"]/m, 1], [/\bconsole\.log\(/, 1]],
  tsx: [[/<[A-Z]\w*[\s/>]/, 2], [/\breturn \(\s*</, 2], [/className=/, 2], [/: React\.|React\.FC|useState</, 2], [/^\s*(export )?(interface|type) \w+/m, 2]],
  java: [[/^\s*package [\w.]+;/m, 3], [/^\s*import (static )?[\w.]+(\.\*)?;/m, 2], [/\bpublic (static )?(final )?(class|void|int|String|interface)\b/, 3], [/System\.out\.print/, 3], [/@Override\b/, 2], [/\bnew [A-Z]\w*(<[^>]*>)?\(/, 1], [/\bString\[\] args\b/, 3]],
  c: [[/^\s*#include <(stdio|stdlib|string|unistd|sys\/\w+)\.h>/m, 3], [/\b(printf|fprintf|malloc|free|strcpy|memcpy)\(/, 2], [/\bint main\s*\(/, 1], [/\bchar \*\w+/, 2], [/->\w+/, 1], [/^\s*#define \w+/m, 1]],
  cpp: [[/^\s*#include <(iostream|vector|string|memory|map|algorithm)>/m, 3], [/\bstd::/, 3], [/\btemplate\s*</, 3], [/\b(cout|cin|endl)\b/, 2], [/\bnamespace \w+\s*\{|\busing namespace\b/, 2], [/\b(class|struct) \w+\s*(:\s*public \w+)?\s*\{/, 1], [/::\w+\(/, 1]],
  csharp: [[/^\s*using System(\.\w+)*;/m, 3], [/\bnamespace [\w.]+/, 2], [/Console\.Write(Line)?\(/, 3], [/\bpublic (static |async |override )*(void|Task|string|int|class)\b/, 2], [/\{ get; (private )?set; \}/, 3], [/\bvar \w+ = new /, 2]],
  go: [[/^\s*package \w+\s*$/m, 3], [/\bfunc (\(\w+ \*?\w+\) )?\w+\(/, 3], [/:=/, 2], [/\bfmt\.\w+\(/, 3], [/\berr != nil\b/, 3], [/^\s*import \(/m, 2]],
  rust: [[/\bfn \w+(<[^>]*>)?\(/, 3], [/\blet mut \w+/, 3], [/\bimpl(<[^>]*>)? \w+/, 3], [/\b\w+!\(/, 1], [/::new\(|::from\(/, 1], [/\b(pub|use|mod) [\w:]+/, 1], [/&mut \w+|&'\w+ /, 2], [/Result<|Option<|Vec</, 2]],
  php: [[/<\?php/, 6], [/\$\w+\s*=/, 2], [/\$this->/, 3], [/\bfunction \w+\(\$/, 3], [/\becho\b/, 1], [/->\w+\(/, 1]],
  ruby: [[/^\s*def \w+[?!]?(\(.*\))?\s*$/m, 2], [/^\s*end\s*$/m, 2], [/^\s*require ['"]/m, 2], [/\bputs\b/, 2], [/\bdo \|\w+(, \w+)*\|/, 3], [/^\s*class \w+( < \w+)?\s*$/m, 2], [/@\w+\s*=/, 1], [/\.each\b|\battr_(reader|accessor)\b/, 2]],
  bash: [[/^#!\/(usr\/)?bin\/(env )?(ba|z)?sh/m, 6], [/^\s*(if|while) \[\[? .*\]\]?;? ?(then|do)?/m, 3], [/^\s*fi\s*$|^\s*done\s*$|^\s*esac\s*$/m, 3], [/\$\{?\w+\}?/, 1], [/\becho\s/, 1], [/\|\s*(grep|awk|sed|xargs)\b/, 2], [/^\s*(export|local) \w+=/m, 2], [/\bsudo\s|\bapt(-get)? install\b|\bchmod\b/, 1]],
};

/**
 * Guesses the language of a piece of code from weighted signals (shebangs and tags first). Returns
 * undefined when nothing stands out, so that the stream is checked by the pattern rules only.
 */
export function guessLanguage(text: string): LanguageId | undefined {
  const sample = text.length > 8192 ? text.slice(-8192) : text;
  if (!sample.trim()) return undefined;
  const shebang = /^#!\s*\S*?(?:env\s+)?(python3?|node|bash|sh|zsh|ruby|php)\b/.exec(text);
  if (shebang) return resolveLanguage({ sh: 'bash', zsh: 'bash', node: 'javascript' }[shebang[1]] ?? shebang[1]);
  if (/<\?php/.test(text.slice(0, 4096))) return 'php';
  const scores = new Map<LanguageId, number>();
  for (const [id, signals] of Object.entries(SIGNALS) as [LanguageId, [RegExp, number][]][]) {
    let score = 0;
    for (const [re, w] of signals) if (re.test(sample)) score += w;
    scores.set(id, score);
  }
  // TypeScript and TSX are JavaScript plus more: count the shared signals too.
  scores.set('typescript', (scores.get('typescript') ?? 0) + (scores.get('typescript')! >= 3 ? (scores.get('javascript') ?? 0) / 2 : 0));
  scores.set('tsx', (scores.get('tsx') ?? 0) >= 4 ? (scores.get('tsx') ?? 0) + (scores.get('typescript') ?? 0) : 0);
  scores.set('cpp', (scores.get('cpp') ?? 0) + ((scores.get('cpp') ?? 0) >= 3 ? (scores.get('c') ?? 0) : 0));
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best[1] < 3 || best[1] - (second?.[1] ?? 0) < 1) return undefined;
  return best[0];
}
