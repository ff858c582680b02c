import { StringDecoder } from 'node:string_decoder';
import { LanguageId, MonitorEvent, MonitorSession, resolveLanguage, StreamKind, supportedLanguageList } from '../../core';
import { DEFAULT_CHUNK } from '../../core/eval/replay';
import { choiceOption, parseCommandArgs, positiveIntOption, stringOption, UsageError } from '../args';
import { CliContext, CliIo, Command, EXIT_ALARM, EXIT_OK } from '../io';

export const monitorHelp = `Usage: vigil monitor --kind code|chat [--language L] [--chunk N]

Monitors a stream on standard input as it arrives (pipe an assistant's output into it) and
prints one JSON event per line as it happens: finding (added, updated, withdrawn), signal (s_t
after each chunk), alarm, notice, and last

  {"type":"end","alarm":bool,"alarmOffset":int|null,"minSafety":number,...}

  --kind K           code (an inline completion) or chat (a markdown answer)
  --language L       the language of a code stream (${supportedLanguageList()}, or an alias)
  --chunk N          characters per chunk fed to the monitor (default ${DEFAULT_CHUNK}); input is fed
                     in chunks of N as it arrives, a shorter rest when the input ends

Exit status: 0 no alarm, 1 the alarm was raised, 2 usage error.
`;

export interface MonitorOptions {
  kind: StreamKind;
  language?: LanguageId | string;
  chunk: number;
}

/**
 * Feeds text to a session in chunks of `chunk` UTF-16 code units as it arrives, keeping a
 * shorter rest (and never splitting a surrogate pair) until more comes or the input ends.
 */
export class ChunkFeeder {
  private pending = '';

  constructor(
    private readonly session: MonitorSession,
    private readonly chunk: number,
    private readonly emit: (e: MonitorEvent) => void,
  ) {}

  write(text: string): void {
    this.pending += text;
    let at = 0;
    while (this.pending.length - at >= this.chunk) {
      let end = at + this.chunk;
      if ((this.pending.charCodeAt(end - 1) & 0xfc00) === 0xd800) {
        if (end >= this.pending.length) break; // wait for the low surrogate
        end++;
      }
      this.push(this.pending.slice(at, end));
      at = end;
    }
    this.pending = this.pending.slice(at);
  }

  end(): void {
    if (this.pending) this.push(this.pending);
    this.pending = '';
    for (const e of this.session.end()) this.emit(e);
  }

  private push(piece: string): void {
    for (const e of this.session.push(piece)) this.emit(e);
  }
}

/** Monitors `input` (bytes or text as it arrives), writing each event as a JSON line; returns the session. */
export async function monitorStream(ctx: CliContext, input: AsyncIterable<Buffer | string>, options: MonitorOptions, out: CliIo['stdout'] = ctx.io.stdout): Promise<MonitorSession> {
  const engine = await ctx.engine();
  const session = engine.createSession({ kind: options.kind, ...(options.kind === 'code' ? { language: options.language } : {}) });
  const feeder = new ChunkFeeder(session, options.chunk, e => out.write(`${JSON.stringify(e)}\n`));
  const decoder = new StringDecoder('utf8');
  let first = true;
  for await (const data of input) {
    let text = typeof data === 'string' ? data : decoder.write(data);
    if (first && text) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    feeder.write(text);
  }
  feeder.write(decoder.end());
  feeder.end();
  return session;
}

export async function runMonitor(args: string[], ctx: CliContext): Promise<number> {
  const parsed = parseCommandArgs('monitor', args, { kind: { type: 'string' }, language: { type: 'string' }, chunk: { type: 'string' } });
  if (parsed.values.help) {
    ctx.io.stdout.write(monitorHelp);
    return EXIT_OK;
  }
  if (parsed.positionals.length) throw new UsageError(`monitor: reads standard input; unexpected argument '${parsed.positionals[0]}'`);
  const kind = choiceOption('monitor', parsed, 'kind', ['code', 'chat'] as const);
  if (!kind) throw new UsageError('monitor: --kind code|chat is required');
  const languageName = stringOption(parsed, 'language');
  const language = languageName === undefined ? undefined : resolveLanguage(languageName);
  if (languageName !== undefined && !language) throw new UsageError(`monitor: unknown language '${languageName}' (supported: ${supportedLanguageList()})`);
  const chunk = positiveIntOption('monitor', parsed, 'chunk', DEFAULT_CHUNK);
  const session = await monitorStream(ctx, ctx.io.stdin, { kind, language, chunk });
  return session.alarmed ? EXIT_ALARM : EXIT_OK;
}

export const monitorCommand: Command = {
  name: 'monitor',
  summary: 'monitor a stream on stdin as it arrives; JSON events, one per line',
  help: monitorHelp,
  run: runMonitor,
};
