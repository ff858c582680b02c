import { DEFAULT_PROXY_PORT, MonitoringProxy, ProxyEvent, SUPPORTED_PATHS } from '../../proxy';
import { isUpstreamError } from '../../core/upstream';
import { parseCommandArgs, positiveIntOption, stringOption, UsageError } from '../args';
import { CliContext, Command, EXIT_OK, EXIT_USAGE } from '../io';

export const proxyHelp = `Usage: vigil proxy --upstream URL [--port P] [--token T] [--max-body-mb N] [--threshold L]

Runs Vigil's monitoring proxy on 127.0.0.1: point an assistant (Continue, Cline, Copilot's
OpenAI-compatible models, a script) at it instead of its model server. Every answer streams
through the monitor; an unsafe one is cut: the client gets a short warning with
finish_reason "content_filter" (Ollama: done_reason) and the upstream request is cancelled.

Relays ${SUPPORTED_PATHS.join(', ')}
(OpenAI paths also without /v1). Chat answers are monitored as chat, completions as code.

  --upstream URL      the real server: http://localhost:11434 (Ollama), http://localhost:1234/v1
                      (LM Studio), https://api.openai.com/v1 ...
  --port P            port on 127.0.0.1 (default ${DEFAULT_PROXY_PORT}; 0 picks a free one)
  --token T           require this token from clients (as their API key, or an X-Vigil-Token
                      header); also read from $VIGIL_PROXY_TOKEN. It is never forwarded.
  --max-body-mb N     largest request body accepted, in MB (default 16)
  --threshold L       a fixed alarm threshold λ in (0, 1) instead of the default

API keys: without --token, the client's Authorization header goes to the upstream unchanged.
With --token, a client that sends the token as its API key has it removed; the upstream key
then comes from $VIGIL_UPSTREAM_API_KEY (set it for the proxy; it is never logged). If set,
$VIGIL_UPSTREAM_API_KEY always replaces the client's key.

Output: the address on stderr, then one JSON line per event on stdout:
  {"type":"stream","requestId","route","model","choice","kind","language","streamed",...}
  {"type":"alarm","requestId","choice","ruleId","cwe","message","line","safety","threshold","withheldChars",...}
  {"type":"stream-end","requestId","choice","outcome":"complete|alarm|client-closed|upstream-error","chars","releasedChars","findings","minSafety","durationMs",...}
  {"type":"error","requestId","route","status","message"}
Runs until interrupted (Ctrl+C).
`;

export interface ProxyCommandOptions {
  /** Resolves when the proxy should stop (SIGINT/SIGTERM by default). */
  until?: Promise<unknown>;
  env?: NodeJS.ProcessEnv;
  /** Called once the proxy listens (tests). */
  onListening?: (proxy: MonitoringProxy) => void;
}

export async function runProxy(args: string[], ctx: CliContext, options: ProxyCommandOptions = {}): Promise<number> {
  const parsed = parseCommandArgs('proxy', args, {
    upstream: { type: 'string' }, port: { type: 'string' }, token: { type: 'string' }, 'max-body-mb': { type: 'string' }, threshold: { type: 'string' },
  });
  if (parsed.values.help) {
    ctx.io.stdout.write(proxyHelp);
    return EXIT_OK;
  }
  if (parsed.positionals.length) throw new UsageError(`proxy: unexpected argument '${parsed.positionals[0]}'`);
  const upstream = stringOption(parsed, 'upstream');
  if (!upstream) throw new UsageError('proxy: --upstream URL is required (e.g. --upstream http://localhost:11434)');
  const portText = stringOption(parsed, 'port');
  const port = portText === undefined ? DEFAULT_PROXY_PORT : Number(portText);
  if (!/^\d+$/.test(portText ?? '0') || !(port >= 0 && port <= 65535)) throw new UsageError(`proxy: --port must be a number from 0 to 65535, not '${portText}'`);
  const thresholdText = stringOption(parsed, 'threshold');
  const threshold = thresholdText === undefined ? undefined : Number(thresholdText);
  if (threshold !== undefined && !(threshold > 0 && threshold < 1)) throw new UsageError(`proxy: --threshold must be a number between 0 and 1, not '${thresholdText}'`);
  const env = options.env ?? process.env;
  const token = stringOption(parsed, 'token') ?? (env.VIGIL_PROXY_TOKEN || undefined);
  const upstreamApiKey = env.VIGIL_UPSTREAM_API_KEY || undefined;
  const maxBodyBytes = positiveIntOption('proxy', parsed, 'max-body-mb', 16) * 1024 * 1024;

  const engine = await ctx.engine();
  let proxy: MonitoringProxy;
  try {
    proxy = await MonitoringProxy.start({
      engine, upstream, port, token, upstreamApiKey, maxBodyBytes, threshold,
      onEvent: (e: ProxyEvent) => ctx.io.stdout.write(`${JSON.stringify(e)}\n`),
    });
  } catch (e) {
    ctx.io.stderr.write(`vigil: proxy: ${isUpstreamError(e) ? e.message : (e as Error).message}\n`);
    return EXIT_USAGE;
  }
  ctx.io.stderr.write(`vigil proxy: listening on ${proxy.url} → ${proxy.upstream}${token ? ' (token required)' : ''}${upstreamApiKey ? ' (upstream key from $VIGIL_UPSTREAM_API_KEY)' : ''}\n` +
    `  OpenAI-compatible clients: base URL ${proxy.url}/v1   Ollama clients: ${proxy.url}\n`);
  options.onListening?.(proxy);
  await (options.until ?? untilSignal());
  await proxy.close();
  ctx.io.stderr.write('vigil proxy: stopped\n');
  return EXIT_OK;
}

function untilSignal(): Promise<void> {
  return new Promise(resolve => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const proxyCommand: Command = {
  name: 'proxy',
  summary: 'a local OpenAI-compatible/Ollama endpoint that monitors answers and cuts unsafe ones',
  help: proxyHelp,
  run: (args, ctx) => runProxy(args, ctx),
};
