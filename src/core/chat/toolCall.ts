import { languageForPath } from '../languages';

// Argument names, compared lower-case without `_` and `-`.
const COMMAND_KEYS = new Set(['command', 'cmd', 'commands', 'script', 'shell', 'commandline', 'shellcommand']);
const CONTENT_KEYS = new Set([
  'content', 'contents', 'filetext', 'code', 'codeedit', 'newstr', 'newstring', 'newcontent', 'newcode', 'newtext',
  'text', 'replace', 'replacement', 'diff', 'patch', 'changes',
]);
const PATH_KEYS = new Set(['path', 'filepath', 'targetfile', 'filename', 'file', 'uri', 'absolutepath', 'relativepath', 'targetpath']);
/** Content keys whose value may be an edit script: only its new side is judged. */
const DIFF_KEYS = new Set(['diff', 'patch', 'changes']);

type Args = Record<string, unknown>;

/** An argument name as the key sets above hold it. */
const argName = (key: string) => key.toLowerCase().replace(/[_-]/g, '');

/** A tool name as it may stand in markdown: no backtick or line break in it can open a block of its own. */
export const safeToolName = (name: string) => name.replace(/[`\r\n]/g, '');

/**
 * An agent's tool call (run a command, write a file) as markdown that the chat monitor judges like
 * an answer: a command as a bash block, a file's new content as a block in the language of the
 * file's path, the other arguments as JSON. `args` is the arguments object, or its JSON text as a
 * model streamed it; text that is not JSON (a stream cut short) is shown raw.
 */
export function toolCallText(name: string, args: unknown): string {
  const head = `Tool call \`${safeToolName(name)}\`:\n`;
  let value = args;
  if (typeof args === 'string') {
    try {
      value = args.trim() ? JSON.parse(args) : {};
    } catch {
      return `${head}${fence('json', args)}`;
    }
  }
  if (!isObject(value)) return `${head}${fence('json', JSON.stringify(value ?? null))}`;
  const blocks: string[] = [];
  const rest = split(value, undefined, blocks);
  const json = Object.keys(rest).length ? fence('json', JSON.stringify(rest, null, 1)) : '';
  return head + json + blocks.join('');
}

/** Moves commands and file contents (also in nested edits) into `blocks`; returns the other arguments. */
function split(args: Args, inherited: string | undefined, blocks: string[]): Args {
  const language = languageOf(args) ?? inherited;
  const rest: Args = {};
  for (const [key, value] of Object.entries(args)) {
    const k = argName(key);
    if (COMMAND_KEYS.has(k) && (typeof value === 'string' || isStringArray(value))) blocks.push(fence('bash', k === 'commands' && Array.isArray(value) ? value.join('\n') : commandLine(value)));
    else if (CONTENT_KEYS.has(k) && typeof value === 'string') blocks.push(fence(language ?? '', DIFF_KEYS.has(k) ? newSide(value) : value));
    else if (Array.isArray(value)) rest[key] = value.map(v => (isObject(v) ? split(v, language, blocks) : v));
    else if (isObject(value)) rest[key] = split(value, language, blocks);
    else rest[key] = value;
  }
  return rest;
}

/** The language of the file a tool call's arguments name, with `fence`'s info string ('' when unknown). */
function languageOf(args: Args): string | undefined {
  for (const [key, value] of Object.entries(args)) {
    if (typeof value === 'string' && PATH_KEYS.has(argName(key))) return languageForPath(value) ?? '';
  }
  return undefined;
}

/** A command given as an argv list (`["bash", "-lc", "rm -rf ~"]`) as the line a shell would read. */
function commandLine(command: string | string[]): string {
  if (typeof command === 'string') return command;
  if (command.length === 3 && /^(ba|z|da)?sh$/.test(command[0].replace(/^.*\//, '')) && /^-\w*c$/.test(command[1])) return command[2];
  return command.map(a => (/^[\w@%+=:,./~-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/**
 * The new text of an edit script, so that code an edit removes is not held against it: the
 * REPLACE halves of SEARCH/REPLACE blocks, the added and context lines of a unified diff; any
 * other text as it is.
 */
function newSide(diff: string): string {
  const lines = diff.split('\n');
  if (lines.some(l => SEARCH.test(l))) {
    const kept: string[] = [];
    let replacing = false;
    for (const line of lines) {
      if (SEARCH.test(line) || REPLACE.test(line)) replacing = false;
      else if (DIVIDER.test(line)) replacing = true;
      else if (replacing) kept.push(line);
    }
    return kept.join('\n');
  }
  if (!lines.some(l => /^@@ .* @@/.test(l))) return diff;
  return lines.filter(l => /^([+ ]|$)/.test(l) && !l.startsWith('+++ ')).map(l => l.slice(1)).join('\n');
}

/** SEARCH/REPLACE markers (Cline, Roo Code, aider): `------- SEARCH`, `=======`, `+++++++ REPLACE`, or with `<<<<<<<`/`>>>>>>>`. */
export const SEARCH = /^[ \t]*(-{3,}|<{3,})[ \t]*SEARCH[ \t]*$/;
export const DIVIDER = /^[ \t]*={3,}[ \t]*$/;
export const REPLACE = /^[ \t]*(\+{3,}|>{3,})[ \t]*REPLACE[ \t]*$/;

/** A fenced block longer than any backtick run in `text`, so that the text cannot close it. */
function fence(info: string, text: string): string {
  let longest = 2;
  for (const run of text.match(/`{3,}/g) ?? []) longest = Math.max(longest, run.length);
  const ticks = '`'.repeat(longest + 1);
  return `\n${ticks}${info}\n${text}${text.endsWith('\n') ? '' : '\n'}${ticks}\n`;
}

function isObject(value: unknown): value is Args {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every(v => typeof v === 'string');
}
