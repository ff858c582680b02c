/**
 * The languages Vigil parses with tree-sitter, and every way a language is named to it: VS Code
 * language ids, markdown fence info strings, file extensions.
 */

export const LANGUAGE_IDS = [
  'python', 'javascript', 'typescript', 'tsx', 'java', 'c', 'cpp', 'csharp', 'go', 'rust', 'php', 'ruby', 'bash',
] as const;

export type LanguageId = (typeof LANGUAGE_IDS)[number];

export interface LanguageInfo {
  id: LanguageId;
  displayName: string;
  /** File name of the grammar in the grammar directory (copied there from `npmPackage` by esbuild.mjs). */
  wasm: string;
  /** The npm package that ships the grammar's wasm. */
  npmPackage: string;
  /** Line-comment prefix, used by rule fixtures for `ruleid:` / `ok:` annotations. */
  lineComment: string;
  extensions: readonly string[];
  /** Other names: VS Code language ids and markdown fence info strings. */
  aliases: readonly string[];
}

export const LANGUAGES: Readonly<Record<LanguageId, LanguageInfo>> = {
  python: { id: 'python', displayName: 'Python', wasm: 'tree-sitter-python.wasm', npmPackage: 'tree-sitter-python', lineComment: '#', extensions: ['.py', '.pyw', '.pyi'], aliases: ['py', 'python3', 'py3', 'gyp', 'ipython'] },
  javascript: { id: 'javascript', displayName: 'JavaScript', wasm: 'tree-sitter-javascript.wasm', npmPackage: 'tree-sitter-javascript', lineComment: '//', extensions: ['.js', '.mjs', '.cjs', '.jsx'], aliases: ['js', 'node', 'nodejs', 'jsx', 'javascriptreact', 'mjs', 'cjs'] },
  typescript: { id: 'typescript', displayName: 'TypeScript', wasm: 'tree-sitter-typescript.wasm', npmPackage: 'tree-sitter-typescript', lineComment: '//', extensions: ['.ts', '.mts', '.cts'], aliases: ['ts', 'mts', 'cts'] },
  tsx: { id: 'tsx', displayName: 'TSX', wasm: 'tree-sitter-tsx.wasm', npmPackage: 'tree-sitter-typescript', lineComment: '//', extensions: ['.tsx'], aliases: ['typescriptreact'] },
  java: { id: 'java', displayName: 'Java', wasm: 'tree-sitter-java.wasm', npmPackage: 'tree-sitter-java', lineComment: '//', extensions: ['.java'], aliases: [] },
  c: { id: 'c', displayName: 'C', wasm: 'tree-sitter-c.wasm', npmPackage: 'tree-sitter-c', lineComment: '//', extensions: ['.c', '.h'], aliases: ['h'] },
  cpp: { id: 'cpp', displayName: 'C++', wasm: 'tree-sitter-cpp.wasm', npmPackage: 'tree-sitter-cpp', lineComment: '//', extensions: ['.cpp', '.cc', '.cxx', '.hpp', '.hh', '.hxx', '.c++', '.ino'], aliases: ['c++', 'cxx', 'cc', 'hpp', 'cuda-cpp', 'objective-cpp'] },
  csharp: { id: 'csharp', displayName: 'C#', wasm: 'tree-sitter-c_sharp.wasm', npmPackage: 'tree-sitter-c-sharp', lineComment: '//', extensions: ['.cs', '.csx'], aliases: ['cs', 'c#', 'c-sharp', 'dotnet'] },
  go: { id: 'go', displayName: 'Go', wasm: 'tree-sitter-go.wasm', npmPackage: 'tree-sitter-go', lineComment: '//', extensions: ['.go'], aliases: ['golang'] },
  rust: { id: 'rust', displayName: 'Rust', wasm: 'tree-sitter-rust.wasm', npmPackage: 'tree-sitter-rust', lineComment: '//', extensions: ['.rs'], aliases: ['rs'] },
  php: { id: 'php', displayName: 'PHP', wasm: 'tree-sitter-php_only.wasm', npmPackage: 'tree-sitter-php', lineComment: '//', extensions: ['.php', '.phtml', '.php5', '.php7'], aliases: [] },
  ruby: { id: 'ruby', displayName: 'Ruby', wasm: 'tree-sitter-ruby.wasm', npmPackage: 'tree-sitter-ruby', lineComment: '#', extensions: ['.rb', '.rake', '.gemspec', '.ru'], aliases: ['rb', 'jruby', 'erb'] },
  bash: { id: 'bash', displayName: 'Bash', wasm: 'tree-sitter-bash.wasm', npmPackage: 'tree-sitter-bash', lineComment: '#', extensions: ['.sh', '.bash', '.zsh', '.ksh'], aliases: ['sh', 'shell', 'zsh', 'ksh', 'shellscript', 'console', 'shell-session', 'shellsession', 'terminal', 'shell-script'] },
};

const byName = new Map<string, LanguageId>();
const byExtension = new Map<string, LanguageId>();
for (const info of Object.values(LANGUAGES)) {
  byName.set(info.id, info.id);
  for (const alias of info.aliases) byName.set(alias, info.id);
  for (const ext of info.extensions) byExtension.set(ext, info.id);
}

export function isLanguageId(value: string): value is LanguageId {
  return (LANGUAGE_IDS as readonly string[]).includes(value);
}

/** Resolves a VS Code language id, fence info string or common name; undefined when Vigil has no grammar for it. */
export function resolveLanguage(name: string | undefined): LanguageId | undefined {
  if (!name) return undefined;
  const key = name.trim().toLowerCase();
  return byName.get(key) ?? byName.get(key.replace(/^language-/, ''));
}

/** Resolves a path's language from its extension. */
export function languageForPath(path: string): LanguageId | undefined {
  const lower = path.toLowerCase();
  const dot = lower.lastIndexOf('.');
  if (dot < 0 || dot < lower.lastIndexOf('/')) return undefined;
  return byExtension.get(lower.slice(dot));
}

/** Fence info strings whose blocks are terminal transcripts: `$ ` prompts mark commands, other lines are output. */
export const SHELL_SESSION_FENCES: ReadonlySet<string> = new Set(['console', 'shell-session', 'shellsession', 'terminal']);

export function supportedLanguageList(): string {
  return LANGUAGE_IDS.join(', ');
}
