import * as http from 'node:http';
import { AddressInfo } from 'node:net';

/** A request as the fake upstream saw it. */
export interface SeenRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: Record<string, unknown> | undefined;
}

export type Handler = (req: SeenRequest, res: http.ServerResponse) => void | Promise<void>;

/**
 * An OpenAI-compatible / Ollama server on 127.0.0.1 for tests: each request is recorded and
 * answered by `handler`; `disconnects` counts responses the client closed before they finished.
 */
export class FakeUpstream {
  readonly requests: SeenRequest[] = [];
  handler: Handler = (_req, res) => sendJson(res, 404, { error: 'no handler' });
  disconnects = 0;
  private disconnectWaiters: (() => void)[] = [];
  private readonly sockets = new Set<import('node:net').Socket>();

  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<FakeUpstream> {
    const server = http.createServer();
    const fake = new FakeUpstream(server);
    server.on('connection', s => {
      fake.sockets.add(s);
      s.setNoDelay(true);
      s.on('close', () => fake.sockets.delete(s));
    });
    server.on('request', (req, res) => {
      const parts: Buffer[] = [];
      req.on('data', (c: Buffer) => parts.push(c));
      req.on('end', () => {
        const body = Buffer.concat(parts).toString('utf8');
        let json: Record<string, unknown> | undefined;
        try {
          json = body ? JSON.parse(body) : undefined;
        } catch {
          json = undefined;
        }
        const seen: SeenRequest = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, json };
        fake.requests.push(seen);
        res.on('close', () => {
          if (!res.writableFinished) {
            fake.disconnects++;
            for (const w of fake.disconnectWaiters.splice(0)) w();
          }
        });
        Promise.resolve(fake.handler(seen, res)).catch(e => {
          if (!res.headersSent) sendJson(res, 500, { error: String(e) });
          else res.destroy();
        });
      });
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Resolves at the next client disconnect (or at once if `already` have happened). */
  waitForDisconnect(already = 1, timeoutMs = 5000): Promise<void> {
    if (this.disconnects >= already) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`the fake upstream saw no disconnect within ${timeoutMs} ms`)), timeoutMs);
      this.disconnectWaiters.push(() => { clearTimeout(t); resolve(); });
    });
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>(resolve => this.server.close(() => resolve()));
  }
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

const pause = (ms: number) => new Promise(r => (ms > 0 ? setTimeout(r, ms) : setImmediate(r)));

export interface WriteOptions {
  /** Byte lengths of the pieces the body is written in (cycled); default: one piece per frame. */
  pieces?: number[];
  /** Pause between pieces (ms), so that each arrives in its own TCP packet. */
  delayMs?: number;
  /** Stop after this many bytes and keep the connection open (to test disconnects and time-outs). */
  hangAfterBytes?: number;
  contentType?: string;
}

/** Writes `body` in pieces of the given byte sizes, pausing between them. */
export async function writeInPieces(res: http.ServerResponse, body: Buffer, options: WriteOptions, frameEnds: number[] = []): Promise<void> {
  const limit = options.hangAfterBytes ?? body.length;
  const ends: number[] = [];
  if (options.pieces?.length) {
    let at = 0;
    for (let i = 0; at < limit; i++) ends.push((at = Math.min(limit, at + Math.max(1, options.pieces[i % options.pieces.length]))));
  } else {
    for (const e of frameEnds) if (e <= limit) ends.push(e);
    if (ends[ends.length - 1] !== limit) ends.push(limit);
  }
  let from = 0;
  for (const end of ends) {
    if (res.destroyed) return;
    res.write(body.subarray(from, end));
    from = end;
    await pause(options.delayMs ?? 1);
  }
  if (options.hangAfterBytes === undefined) res.end();
}

/** Streams `frames` as server-sent events (`data: <json>` then `data: [DONE]`). */
export async function sendSse(res: http.ServerResponse, frames: unknown[], options: WriteOptions & { done?: boolean } = {}): Promise<void> {
  res.writeHead(200, { 'content-type': options.contentType ?? 'text/event-stream', 'cache-control': 'no-cache' });
  const texts = frames.map(f => `data: ${typeof f === 'string' ? f : JSON.stringify(f)}\n\n`);
  if (options.done !== false) texts.push('data: [DONE]\n\n');
  await writeFrames(res, texts, options);
}

/** Streams `lines` as newline-delimited JSON (Ollama). */
export async function sendNdjson(res: http.ServerResponse, lines: unknown[], options: WriteOptions = {}): Promise<void> {
  res.writeHead(200, { 'content-type': options.contentType ?? 'application/x-ndjson' });
  await writeFrames(res, lines.map(l => `${JSON.stringify(l)}\n`), options);
}

async function writeFrames(res: http.ServerResponse, texts: string[], options: WriteOptions): Promise<void> {
  const buffers = texts.map(t => Buffer.from(t, 'utf8'));
  const ends: number[] = [];
  let at = 0;
  for (const b of buffers) ends.push((at += b.length));
  await writeInPieces(res, Buffer.concat(buffers), options, ends);
}

/** OpenAI chat chunks carrying `pieces` as content deltas of choice `index`, the last with finish_reason. */
export function chatChunks(pieces: string[], options: { index?: number; finish?: string; model?: string } = {}): Record<string, unknown>[] {
  const index = options.index ?? 0;
  const base = { id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 1700000000, model: options.model ?? 'test-model' };
  const out: Record<string, unknown>[] = [{ ...base, choices: [{ index, delta: { role: 'assistant', content: '' }, finish_reason: null }] }];
  for (const p of pieces) out.push({ ...base, choices: [{ index, delta: { content: p }, finish_reason: null }] });
  out.push({ ...base, choices: [{ index, delta: {}, finish_reason: options.finish ?? 'stop' }] });
  return out;
}

/** OpenAI completion chunks (`choices[].text`). */
export function completionChunks(pieces: string[], options: { model?: string } = {}): Record<string, unknown>[] {
  const base = { id: 'cmpl-test', object: 'text_completion', created: 1700000000, model: options.model ?? 'test-model' };
  const out: Record<string, unknown>[] = pieces.map(p => ({ ...base, choices: [{ index: 0, text: p, finish_reason: null, logprobs: null }] }));
  out.push({ ...base, choices: [{ index: 0, text: '', finish_reason: 'stop', logprobs: null }] });
  return out;
}

/** Ollama /api/chat lines. */
export function ollamaChatLines(pieces: string[], model = 'test-model'): Record<string, unknown>[] {
  const at = '2026-01-01T00:00:00Z';
  return [
    ...pieces.map(p => ({ model, created_at: at, message: { role: 'assistant', content: p }, done: false })),
    { model, created_at: at, message: { role: 'assistant', content: '' }, done: true, done_reason: 'stop', eval_count: pieces.length, prompt_eval_count: 3 },
  ];
}

/** Ollama /api/generate lines. */
export function ollamaGenerateLines(pieces: string[], model = 'test-model'): Record<string, unknown>[] {
  const at = '2026-01-01T00:00:00Z';
  return [
    ...pieces.map(p => ({ model, created_at: at, response: p, done: false })),
    { model, created_at: at, response: '', done: true, done_reason: 'stop', context: [1, 2, 3], eval_count: pieces.length },
  ];
}

/** Splits text into pieces of `size` characters. */
export function piecesOf(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}
