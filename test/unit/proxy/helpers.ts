import * as http from 'node:http';
import { Engine, RuleSet } from '../../../src/core';
import { MonitoringProxy, ProxyEvent } from '../../../src/proxy';
import { FakeUpstream } from '../upstream/fakeUpstream';

/** Rules of the proxy tests: fixed here so that the tests do not move with the built-in pack. */
export const PROXY_RULES = RuleSet.fromRaw([
  {
    id: 'test.shell-true', languages: ['python'], severity: 'error', confidence: 'high', message: 'subprocess called with shell=True', cwe: ['CWE-78'],
    query: `(call function: (attribute object: (identifier) @m) arguments: (argument_list (keyword_argument name: (identifier) @k value: (true)))
      (#eq? @m "subprocess") (#eq? @k "shell")) @finding`,
  },
  {
    id: 'test.pyeval', languages: ['python'], severity: 'error', confidence: 'high', message: 'eval of dynamic input', cwe: ['CWE-95'],
    query: '(call function: (identifier) @f (#eq? @f "eval")) @finding',
  },
  {
    id: 'test.jseval', languages: ['javascript', 'typescript'], severity: 'error', confidence: 'high', message: 'eval of dynamic input', cwe: ['CWE-95'],
    query: '(call_expression function: (identifier) @f (#eq? @f "eval")) @finding',
  },
  { id: 'test.curl-sh', languages: ['bash', 'prose'], severity: 'error', confidence: 'high', message: 'piping a download into a shell', cwe: ['CWE-494'], regex: 'curl\\s+[^|\\n]*\\|\\s*(sudo\\s+)?(ba)?sh\\b' },
]);

export interface ClientResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** A plain HTTP request to the proxy (Host header and all under the test's control). */
export function call(port: number, path: string, options: { method?: string; body?: unknown; headers?: Record<string, string>; rawBody?: Buffer } = {}): Promise<ClientResponse> {
  return new Promise((resolve, reject) => {
    const body = options.rawBody ?? (options.body === undefined ? undefined : Buffer.from(JSON.stringify(options.body)));
    const req = http.request({
      host: '127.0.0.1', port, path, method: options.method ?? (body ? 'POST' : 'GET'), agent: false,
      headers: { ...(body ? { 'content-type': 'application/json', 'content-length': String(body.length) } : {}), ...options.headers },
    }, res => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(parts).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Data payloads of an SSE body, in order. */
export function sseData(text: string): string[] {
  return text.split(/\n\n/).map(block => block.split('\n').filter(l => l.startsWith('data:')).map(l => l.slice(5).replace(/^ /, '')).join('\n')).filter(Boolean);
}

/** Parsed chunks of an SSE body ([DONE] left out) and whether [DONE] came last. */
export function sseChunks(text: string): { chunks: Record<string, unknown>[]; done: boolean } {
  const data = sseData(text);
  const done = data[data.length - 1] === '[DONE]';
  return { chunks: data.filter(d => d !== '[DONE]').map(d => JSON.parse(d) as Record<string, unknown>), done };
}

type Choice = { index?: number; delta?: { content?: string | null }; text?: string; finish_reason?: string | null };

/** Concatenated text of one choice across OpenAI chunks (chat deltas or completion text). */
export function choiceText(chunks: Record<string, unknown>[], index = 0): string {
  return chunks.flatMap(c => (c.choices as Choice[] | undefined) ?? []).filter(c => (c.index ?? 0) === index).map(c => c.delta?.content ?? c.text ?? '').join('');
}

export function finishReasons(chunks: Record<string, unknown>[], index = 0): string[] {
  return chunks.flatMap(c => (c.choices as Choice[] | undefined) ?? []).filter(c => (c.index ?? 0) === index && c.finish_reason).map(c => c.finish_reason as string);
}

export function ndjsonLines(text: string): Record<string, unknown>[] {
  return text.split('\n').filter(l => l.trim()).map(l => JSON.parse(l) as Record<string, unknown>);
}

export function ollamaText(lines: Record<string, unknown>[]): string {
  return lines.map(l => (l.message as { content?: string } | undefined)?.content ?? (l.response as string | undefined) ?? '').join('');
}

/** A tool call as an upstream sends it: arguments as JSON text. */
export interface UpstreamToolCall {
  id: string;
  name: string;
  arguments: string;
}

/**
 * OpenAI chat chunks of an answer that says `text` and then calls `calls`, the way servers stream
 * them: the id and name first, then the arguments in `size`-character fragments; finish_reason
 * `tool_calls` at the end.
 */
export function toolCallChunks(text: string, calls: UpstreamToolCall[], size: number, index = 0): Record<string, unknown>[] {
  const base = { id: 'chatcmpl-tools', object: 'chat.completion.chunk', created: 1700000000, model: 'test-model' };
  const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({ ...base, choices: [{ index, delta, finish_reason: finish }] });
  const out = [chunk({ role: 'assistant', content: '' })];
  for (let i = 0; i < text.length; i += size) out.push(chunk({ content: text.slice(i, i + size) }));
  calls.forEach((c, k) => {
    out.push(chunk({ tool_calls: [{ index: k, id: c.id, type: 'function', function: { name: c.name, arguments: '' } }] }));
    for (let i = 0; i < c.arguments.length; i += size) out.push(chunk({ tool_calls: [{ index: k, function: { arguments: c.arguments.slice(i, i + size) } }] }));
  });
  out.push(chunk({}, 'tool_calls'));
  return out;
}

type ToolCallDelta = { index: number; id?: string; type?: string; function?: { name?: string; arguments?: string } };

/** The tool calls of one choice as a client assembles them from the deltas (as the OpenAI SDKs do). */
export function assembledToolCalls(chunks: Record<string, unknown>[], index = 0): { id?: string; type?: string; name: string; arguments: string }[] {
  const calls: { id?: string; type?: string; name: string; arguments: string }[] = [];
  for (const c of chunks.flatMap(c => (c.choices as { index?: number; delta?: { tool_calls?: ToolCallDelta[] } }[] | undefined) ?? [])) {
    if ((c.index ?? 0) !== index) continue;
    for (const d of c.delta?.tool_calls ?? []) {
      const call = (calls[d.index] ??= { name: '', arguments: '' });
      if (d.id) call.id = d.id;
      if (d.type) call.type = d.type;
      if (d.function?.name) call.name = d.function.name;
      call.arguments += d.function?.arguments ?? '';
    }
  }
  return calls;
}

/** What each test of a proxy suite gets: a fresh fake upstream, a proxy in front of it, the proxy's events. */
export interface ProxyFixture {
  engine: Engine;
  fake: FakeUpstream;
  proxy: MonitoringProxy;
  events: ProxyEvent[];
}

/** Registers the hooks that start a fake upstream and a proxy before each test of the suite, and stop them after. */
export function proxyFixture(makeEngine: () => Promise<Engine>): ProxyFixture {
  const f = { events: [] as ProxyEvent[] } as ProxyFixture;
  before(async () => {
    f.engine = await makeEngine();
  });
  beforeEach(async () => {
    f.fake = await FakeUpstream.start();
    const events: ProxyEvent[] = (f.events = []);
    f.proxy = await MonitoringProxy.start({ engine: f.engine, upstream: `${f.fake.url}/v1`, port: 0, onEvent: e => events.push(e), retry: { baseDelayMs: 5 } });
  });
  afterEach(async () => {
    await f.proxy.close();
    await f.fake.close();
  });
  return f;
}
