import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Engine, LanguageId, languageForPath, resolveLanguage, StreamKind, supportedLanguageList } from '../../core';
import { chunksOf, DEFAULT_CHUNK } from '../../core/eval/replay';
import { buildJsonReport, buildSarifLog, SarifLevel, StreamReport } from '../../core/report';
import { choiceOption, parseCommandArgs, stringOption, UsageError } from '../args';
import { CliContext, Command, EXIT_ALARM, EXIT_OK, EXIT_USAGE } from '../io';
import { vigilVersion } from '../version';

const FORMATS = ['text', 'json', 'sarif'] as const;
const KINDS = ['code', 'chat'] as const;
/** Files with these extensions are read as chat answers (markdown prose with fenced code). */
const CHAT_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.txt']);
/** A file is replayed in at most about this many chunks (at least DEFAULT_CHUNK characters each). */
const MAX_SCAN_CHUNKS = 4096;

export const scanHelp = `Usage: vigil scan [--format text|json|sarif] [--language L] [--kind code|chat] PATH...

Checks files as if an AI assistant had just written them: each file is streamed through the
monitor chunk by chunk, and its alarm and findings are reported.

  PATH               a file to scan; '-' reads standard input
  --format F         text (default), json or sarif (SARIF 2.1.0)
  --language L       the language of the code (${supportedLanguageList()}, or an alias such as py, js, sh);
                     default: from each file's extension
  --kind K           code or chat; default: chat for .md, .markdown, .txt and standard input without
                     --language, code otherwise

Exit status: 0 no alarm, 1 at least one file raised the alarm, 2 usage or input error (an
unreadable or binary file is named on stderr; the other files are still scanned and reported).
`;

/** How one input is analysed. */
export interface ScanTarget {
  path: string;
  kind: StreamKind;
  /** For code: the grammar; undefined checks the code with pattern rules only. */
  language?: LanguageId;
}

/** Decides kind and language for `file` from the options and, failing them, its extension. */
export function scanTarget(file: string, options: { kind?: StreamKind; language?: LanguageId }): ScanTarget {
  const ext = path.extname(file).toLowerCase();
  const kind = options.kind ?? (options.language ? 'code' : file === '-' || CHAT_EXTENSIONS.has(ext) ? 'chat' : 'code');
  if (kind === 'chat') return { path: file, kind };
  const language = options.language ?? (file === '-' ? undefined : languageForPath(file));
  return { path: file, kind, ...(language ? { language } : {}) };
}

/**
 * Streams `text` through a new session as the monitor would see it and reports the outcome.
 * Chunks are DEFAULT_CHUNK characters (larger for big files, so a scan stays fast).
 */
export function scanText(engine: Engine, target: ScanTarget, text: string, onNotice?: (message: string) => void): StreamReport {
  // Without a grammar, name the extension so that the engine's notice says which language is missing.
  const language = target.language ?? (target.path === '-' ? undefined : path.extname(target.path).slice(1) || undefined);
  const session = engine.createSession({ kind: target.kind, ...(target.kind === 'code' ? { language } : {}) });
  const chunk = Math.max(DEFAULT_CHUNK, Math.ceil(text.length / MAX_SCAN_CHUNKS));
  const seen = new Set<string>();
  const notice = (events: ReturnType<typeof session.push>) => {
    for (const e of events) if (e.type === 'notice' && !seen.has(e.message)) {
      seen.add(e.message);
      onNotice?.(e.message);
    }
  };
  for (const piece of chunksOf(text, chunk)) notice(session.push(piece));
  notice(session.end());
  return {
    path: target.path,
    language: target.kind === 'code' ? session.language ?? null : null,
    kind: target.kind,
    alarm: session.alarmed,
    alarmOffset: session.alarmOffset,
    minSafety: session.minSafety,
    threshold: session.threshold,
    findings: session.findings,
    text,
  };
}

/** Why a file cannot be scanned, in a few words. */
function readProblem(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'is a directory (pass files)';
    case 'EACCES': case 'EPERM': return 'permission denied';
    default: return `cannot be read (${e.message})`;
  }
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(typeof part === 'string' ? Buffer.from(part, 'utf8') : part);
  return Buffer.concat(parts);
}

/**
 * Decodes input as UTF-8 (a BOM is dropped); undefined for binary input: NUL bytes, or a start
 * that is mostly not text (invalid UTF-8 or control characters), as in images and archives.
 */
export function decodeText(data: Buffer): string | undefined {
  if (data.includes(0)) return undefined;
  const text = data.toString('utf8');
  const head = text.slice(0, 4096);
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) odd++;
  }
  if (head.length && odd / head.length > 0.1) return undefined;
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function formatText(reports: readonly StreamReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    const name = r.path === '-' ? '<stdin>' : r.path;
    for (const f of r.findings) {
      const status = f.status === 'confirmed' ? '' : ` (${f.status})`;
      out.push(`${name}:${f.start.line + 1}:${f.start.character + 1}: ${f.severity} ${f.ruleId}${f.cwe ? ` [${f.cwe}]` : ''}: ${f.message}${status}`);
    }
    const what = r.kind === 'chat' ? 'chat' : r.language ?? 'code, pattern rules only';
    const count = `${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}`;
    out.push(r.alarm
      ? `${name}: ALARM (${what}) at offset ${r.alarmOffset}: min s_t ${r.minSafety.toFixed(2)} < λ ${r.threshold}, ${count}`
      : `${name}: no alarm (${what}): min s_t ${r.minSafety.toFixed(2)}, ${count}`);
  }
  if (reports.length > 1) {
    const alarms = reports.filter(r => r.alarm).length;
    out.push(`${reports.length} files scanned, ${alarms} raised the alarm`);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

export async function runScan(args: string[], ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const parsed = parseCommandArgs('scan', args, { format: { type: 'string' }, language: { type: 'string' }, kind: { type: 'string' } });
  if (parsed.values.help) {
    io.stdout.write(scanHelp);
    return EXIT_OK;
  }
  const format = choiceOption('scan', parsed, 'format', FORMATS, 'text');
  const kind = choiceOption('scan', parsed, 'kind', KINDS);
  const languageName = stringOption(parsed, 'language');
  const language = languageName === undefined ? undefined : resolveLanguage(languageName);
  if (languageName !== undefined && !language) throw new UsageError(`scan: unknown language '${languageName}' (supported: ${supportedLanguageList()})`);
  if (!parsed.positionals.length) throw new UsageError('scan: no PATH given (use - for standard input)');
  if (parsed.positionals.filter(p => p === '-').length > 1) throw new UsageError("scan: '-' (standard input) can be given only once");

  const engine = await ctx.engine();
  const reports: StreamReport[] = [];
  const problems: { level: SarifLevel; message: string; path: string }[] = [];
  for (const file of parsed.positionals) {
    const name = file === '-' ? '<stdin>' : file;
    let data: Buffer;
    try {
      data = file === '-' ? await readAll(io.stdin) : fs.readFileSync(path.resolve(io.cwd, file));
    } catch (e) {
      const message = `${name}: ${readProblem(e as NodeJS.ErrnoException)}`;
      io.stderr.write(`vigil: scan: ${message}\n`);
      problems.push({ level: 'error', message, path: file });
      continue;
    }
    const text = decodeText(data);
    if (text === undefined) {
      const message = `${name}: binary file (NUL bytes or mostly non-text), not scanned`;
      io.stderr.write(`vigil: scan: ${message}\n`);
      problems.push({ level: 'error', message, path: file });
      continue;
    }
    reports.push(scanText(engine, scanTarget(file, { kind, language }), text, m => io.stderr.write(`vigil: scan: ${name}: ${m}\n`)));
  }

  if (format === 'json') io.stdout.write(`${JSON.stringify(buildJsonReport(reports), null, 2)}\n`);
  else if (format === 'sarif') {
    const log = buildSarifLog(reports, {
      rule: id => engine.rules.get(id),
      tool: { name: 'Vigil', version: vigilVersion() },
      baseUri: pathToFileURL(io.cwd).href,
      notifications: problems,
    });
    io.stdout.write(`${JSON.stringify(log, null, 2)}\n`);
  } else io.stdout.write(formatText(reports));

  if (problems.length) return EXIT_USAGE;
  return reports.some(r => r.alarm) ? EXIT_ALARM : EXIT_OK;
}

export const scanCommand: Command = {
  name: 'scan',
  summary: 'check files (or stdin) as streamed output; text, JSON or SARIF report',
  help: scanHelp,
  run: runScan,
};
