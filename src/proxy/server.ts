import { createHash, timingSafeEqual } from 'node:crypto';
import * as http from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import { Engine, RuleOverrides } from '../core';
import {
  httpStatusError, isUpstreamError, NdjsonDecoder, RetryPolicy, SseDecoder, UpstreamClient, UpstreamError, UpstreamResponse, UpstreamTimeouts,
} from '../core/upstream';
import { RequestMonitor } from './choiceStream';
import { ProxyApi, ProxyEvent } from './events';
import { completionHints } from './languageHint';
import { OllamaNdjsonRelay, OpenAiSseRelay, RelayOutput, scanWholeAnswer } from './relay';
import { routeFor, SUPPORTED_PATHS } from './routes';

export const DEFAULT_PROXY_PORT = 8711;
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024;
/** Largest whole (non-streamed) answer read for scanning. */
export const MAX_ANSWER_BYTES = 64 * 1024 * 1024;
/** Most choices (OpenAI `n`) monitored for one request. */
const MAX_CHOICES = 16;

export interface ProxyOptions {
  engine: Engine;
  /** The server the proxy forwards to: `http://localhost:11434`, `https://api.openai.com/v1`... */
  upstream: string;
  /** 0 picks a free port. Always on 127.0.0.1. */
  port?: number;
  /** When set, every request must carry it (Authorization: Bearer, or X-Vigil-Token); it is never forwarded. */
  token?: string;
  /** Sent upstream as `Authorization: Bearer <key>` in place of whatever the client sent. */
  upstreamApiKey?: string;
  /** Largest request body accepted (413 beyond). */
  maxBodyBytes?: number;
  timeouts?: Partial<UpstreamTimeouts> & { requestMs?: number };
  retry?: Partial<RetryPolicy>;
  /** Characters the gate may hold back at once (see HoldBackGate). */
  maxHoldChars?: number;
  threshold?: number;
  ruleOverrides?: RuleOverrides;
  onEvent?: (event: ProxyEvent) => void;
}

/** Headers never forwarded in either direction (hop-by-hop, or the proxy's own). */
const DROP_REQUEST_HEADERS = new Set([
  'host', 'connection', 'keep-alive', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade',
  'content-length', 'accept-encoding', 'expect', 'x-vigil-token', 'origin', 'referer', 'cookie',
]);
const DROP_RESPONSE_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'trailer', 'upgrade', 'set-cookie', 'proxy-authenticate']);

class RequestError extends Error {
  constructor(readonly status: number, message: string, readonly code: string) {
    super(message);
  }
}

/**
 * Vigil's monitoring proxy: a local OpenAI-compatible and Ollama endpoint that forwards to the
 * real one and passes every streamed answer through a hold-back gate, cutting it on alarm. Listens
 * on 127.0.0.1 only, refuses foreign Host headers (DNS rebinding) and browser origins, limits
 * request size, bounds every exchange with time-outs, and cancels the upstream when the client
 * goes away.
 */
export class MonitoringProxy {
  private readonly listeners = new Set<(e: ProxyEvent) => void>();
  private readonly sockets = new Set<Socket>();
  private readonly inFlight = new Set<AbortController>();
  private seq = 0;
  private listeningPort = 0;
  private readonly tokenDigest: Buffer | undefined;

  private constructor(
    private readonly options: ProxyOptions,
    private readonly client: UpstreamClient,
    private readonly server: http.Server,
  ) {
    if (options.onEvent) this.listeners.add(options.onEvent);
    this.tokenDigest = options.token ? digest(options.token) : undefined;
  }

  /** Starts the proxy; rejects with a plain message if the upstream URL is wrong or the port is taken. */
  static async start(options: ProxyOptions): Promise<MonitoringProxy> {
    const client = new UpstreamClient({
      baseUrl: options.upstream,
      style: 'openai',
      ...(options.upstreamApiKey ? { apiKey: options.upstreamApiKey } : {}),
      timeouts: options.timeouts,
      retry: options.retry,
    });
    const requestMs = options.timeouts?.requestMs ?? 60_000;
    const server = http.createServer({ requestTimeout: requestMs, headersTimeout: Math.min(requestMs, 30_000), keepAliveTimeout: 5_000 });
    server.maxConnections = 1024;
    const proxy = new MonitoringProxy(options, client, server);
    server.on('connection', socket => {
      socket.setNoDelay(true);
      proxy.sockets.add(socket);
      socket.on('close', () => proxy.sockets.delete(socket));
    });
    server.on('request', (req, res) => {
      proxy.handle(req, res).catch(e => proxy.failUnexpected(res, e));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (e: NodeJS.ErrnoException) => {
        client.close();
        reject(new Error(e.code === 'EADDRINUSE'
          ? `port ${options.port} on 127.0.0.1 is already in use: choose another with --port (0 picks a free one)`
          : `cannot listen on 127.0.0.1:${options.port}: ${e.message}`));
      });
      server.listen(options.port ?? DEFAULT_PROXY_PORT, '127.0.0.1', () => resolve());
    });
    proxy.listeningPort = (server.address() as AddressInfo).port;
    return proxy;
  }

  get port(): number {
    return this.listeningPort;
  }

  /** The proxy's base address, e.g. http://127.0.0.1:8711. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The upstream's address (without credentials or query). */
  get upstream(): string {
    return this.client.base.href.replace(/\/$/, '');
  }

  /** Subscribes to stream, alarm and error events; returns the unsubscribe function. */
  onEvent(listener: (e: ProxyEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops listening, cancels the exchanges in flight and closes every connection. */
  async close(): Promise<void> {
    for (const c of this.inFlight) c.abort();
    const closed = new Promise<void>(resolve => this.server.close(() => resolve()));
    for (const s of this.sockets) s.destroy();
    await closed;
    this.client.close();
  }

  private emit(event: ProxyEvent): void {
    for (const l of this.listeners) {
      try {
        l(event);
      } catch {
        // a listener's failure must not break the stream it watches
      }
    }
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const requestId = `${process.pid.toString(36)}-${(++this.seq).toString(36)}`;
    const target = new URL(req.url ?? '/', 'http://proxy.invalid');
    const route = routeFor(target.pathname);
    const api: ProxyApi = route?.api ?? (target.pathname.startsWith('/api/') ? 'ollama' : 'openai');
    // Keys and tokens never appear in what the proxy says, even when an upstream echoes them.
    const secrets = [bearerOf(req.headers.authorization), req.headers['x-vigil-token'], this.options.token, this.options.upstreamApiKey]
      .filter((v): v is string => typeof v === 'string' && v.trim().length >= 4).map(v => v.trim());
    const fail = (status: number, text: string, code: string, model?: string) => {
      const message = secrets.reduce((m, secret) => m.split(secret).join('***'), text);
      this.emit({ type: 'error', time: Date.now(), requestId, route: target.pathname, ...(model ? { model } : {}), status, message });
      sendError(res, api, status, message, code);
    };
    if (!this.hostAllowed(req.headers.host)) {
      return fail(403, `Host '${req.headers.host ?? ''}' is refused: Vigil's proxy only answers requests addressed to localhost, 127.0.0.1 or [::1] on port ${this.port} (protection against DNS rebinding).`, 'vigil_host_refused');
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !isLoopbackOrigin(origin)) {
      return fail(403, `requests from web pages (Origin '${origin}') are refused: only local clients may use Vigil's proxy.`, 'vigil_origin_refused');
    }
    const tokenInAuthorization = this.checkToken(req);
    if (tokenInAuthorization === undefined) {
      return fail(401, 'this Vigil proxy needs its token: send it as the API key (Authorization: Bearer <token>) or in an X-Vigil-Token header.', 'vigil_token_required');
    }
    if (!route) {
      return fail(404, `Vigil's proxy does not relay ${target.pathname} (it would go unmonitored). It relays ${SUPPORTED_PATHS.join(', ')}.`, 'vigil_unsupported_path');
    }
    if (!route.methods.includes(req.method ?? '')) {
      res.setHeader('allow', route.methods.join(', '));
      return fail(405, `${req.method} is not allowed on ${target.pathname} (use ${route.methods.join(' or ')}).`, 'vigil_method_not_allowed');
    }
    let body: Buffer;
    try {
      body = await this.readBody(req);
    } catch (e) {
      if (!(e instanceof RequestError)) throw e;
      res.setHeader('connection', 'close');
      fail(e.status, e.message, e.code);
      if (e.status === 413) res.on('finish', () => req.destroy());
      return;
    }

    let json: Record<string, unknown> | undefined;
    if (route.kind !== 'passthrough') {
      try {
        json = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      } catch {
        json = undefined;
      }
      if (!json || typeof json !== 'object' || Array.isArray(json)) return fail(400, `the body of ${target.pathname} must be a JSON object.`, 'vigil_bad_request');
    }
    const model = typeof json?.model === 'string' ? json.model : undefined;

    const controller = new AbortController();
    this.inFlight.add(controller);
    let clientGone = false;
    res.on('close', () => {
      this.inFlight.delete(controller);
      if (!res.writableFinished) {
        clientGone = true;
        controller.abort();
      }
    });

    let upstream: UpstreamResponse;
    try {
      upstream = await this.client.send(route.upstreamPath + target.search, {
        method: req.method,
        ...(body.length ? { body } : {}),
        headers: forwardedHeaders(req.headers, tokenInAuthorization),
        signal: controller.signal,
        throwOnHttpError: false,
        ...(model ? { model } : {}),
      });
    } catch (e) {
      if (clientGone) return;
      if (!isUpstreamError(e)) throw e;
      return fail(e.kind === 'timeout' ? 504 : 502, `Vigil's proxy could not reach the upstream: ${e.message}`, `upstream_${e.kind}`, model);
    }
    if (clientGone) return upstream.close();

    if (upstream.status < 200 || upstream.status >= 300) {
      const text = await upstream.text().catch(() => '');
      upstream.close();
      const err = httpStatusError(upstream.status, upstream.url, text, model);
      return fail(upstream.status >= 500 ? 502 : upstream.status, err.message, `upstream_${err.kind}`, model);
    }
    if (route.kind === 'passthrough') return this.passThrough(upstream, res);

    const streamRequested = api === 'openai' ? json!.stream === true : json!.stream !== false;
    const monitor: RequestMonitor = {
      engine: this.options.engine,
      requestId,
      route: route.upstreamPath,
      model,
      kind: route.kind,
      streamed: streamRequested,
      maxHoldChars: this.options.maxHoldChars,
      threshold: this.options.threshold,
      ruleOverrides: this.options.ruleOverrides,
      emit: e => this.emit(e),
    };
    if (route.kind === 'code') {
      const hints = completionHints(json!);
      monitor.language = hints.language;
      monitor.languageSource = hints.source;
      monitor.context = hints.prefix;
    }
    const type = String(upstream.headers['content-type'] ?? '');
    const sse = /event-stream/i.test(type);
    const ndjson = !sse && (/ndjson/i.test(type) || (api === 'ollama' && streamRequested && !/application\/json/i.test(type)));
    if (!sse && !ndjson) return this.scanWhole(upstream, res, monitor, api, fail);
    const n = api === 'openai' && Number.isInteger(json!.n) && (json!.n as number) > 1 ? Math.min(json!.n as number, MAX_CHOICES) : 1;
    this.relayStream(upstream, res, monitor, sse ? 'sse' : 'ndjson', n);
  }

  /** The token check: undefined when refused; true when the token came as the Authorization header (then not forwarded). */
  private checkToken(req: http.IncomingMessage): boolean | undefined {
    if (!this.tokenDigest) return false;
    const header = req.headers['x-vigil-token'];
    if (typeof header === 'string') return timingSafeEqual(digest(header.trim()), this.tokenDigest) ? false : undefined;
    const bearer = bearerOf(req.headers.authorization);
    return bearer !== undefined && timingSafeEqual(digest(bearer.trim()), this.tokenDigest) ? true : undefined;
  }

  private hostAllowed(host: string | undefined): boolean {
    const m = /^(localhost|127\.0\.0\.1|\[::1\])(?::(\d{1,5}))?$/i.exec((host ?? '').trim());
    if (!m) return false;
    return (m[2] === undefined ? 80 : Number(m[2])) === this.port;
  }

  private readBody(req: http.IncomingMessage): Promise<Buffer> {
    const max = this.options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    const tooLarge = () => new RequestError(413, `the request body is larger than the proxy's limit of ${max} bytes.`, 'vigil_body_too_large');
    return new Promise((resolve, reject) => {
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared > max) {
        req.resume(); // let the client finish sending; the answer closes the connection
        return reject(tooLarge());
      }
      const parts: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > max) {
          req.removeAllListeners('data');
          req.resume();
          reject(tooLarge());
        } else parts.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(parts)));
      req.on('error', e => reject(new RequestError(400, `the request could not be read: ${e.message}`, 'vigil_bad_request')));
    });
  }

  private passThrough(upstream: UpstreamResponse, res: http.ServerResponse): void {
    res.writeHead(upstream.status, responseHeaders(upstream.headers));
    upstream.body.on('error', () => res.destroy());
    res.on('close', () => upstream.close());
    upstream.body.pipe(res);
  }

  /** A whole answer: read, scan each choice, then return it (the warning in place of unsafe text). */
  private async scanWhole(upstream: UpstreamResponse, res: http.ServerResponse, monitor: RequestMonitor, api: ProxyApi, fail: (status: number, message: string, code: string, model?: string) => void): Promise<void> {
    monitor.streamed = false;
    let text: string;
    try {
      text = await readAll(upstream, MAX_ANSWER_BYTES);
    } catch (e) {
      upstream.close();
      if (res.destroyed) return;
      return fail(e instanceof UpstreamError && e.kind === 'timeout' ? 504 : 502, `the upstream's answer broke off: ${(e as Error).message}`, 'upstream_protocol', monitor.model);
    } finally {
      upstream.close();
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return fail(502, `the upstream answered ${monitor.route} with something that is not JSON: is it an OpenAI-compatible or Ollama server?`, 'upstream_protocol', monitor.model);
    }
    const scanned = body && typeof body === 'object' ? scanWholeAnswer(monitor, api, body) : body;
    const out = JSON.stringify(scanned);
    res.writeHead(upstream.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(out), 'x-vigil': 'monitored' });
    res.end(out);
  }

  /** A streamed answer: each upstream chunk through the relay as it arrives, with back-pressure both ways. */
  private relayStream(upstream: UpstreamResponse, res: http.ServerResponse, monitor: RequestMonitor, protocol: 'sse' | 'ndjson', n: number): void {
    res.writeHead(200, {
      'content-type': protocol === 'sse' ? 'text/event-stream; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      'cache-control': 'no-cache',
      'x-vigil': 'monitored',
    });
    res.flushHeaders();
    const sse = protocol === 'sse' ? { decoder: new SseDecoder(), relay: new OpenAiSseRelay(monitor, n) } : undefined;
    const nd = protocol === 'ndjson' ? { decoder: new NdjsonDecoder(), relay: new OllamaNdjsonRelay(monitor) } : undefined;
    const relay = (sse?.relay ?? nd!.relay);
    let over = false;
    const body = upstream.body;

    const stop = (tail: string) => {
      over = true;
      res.end(tail);
      upstream.close();
    };
    const write = (r: RelayOutput) => {
      if (r.stop) return stop(r.out);
      if (r.out && !res.write(r.out)) {
        body.pause();
        res.once('drain', () => body.resume());
      }
    };
    const breakOff = (message: string) => {
      over = true;
      relay.abort('upstream-error');
      this.emit({ type: 'error', time: Date.now(), requestId: monitor.requestId, route: monitor.route, ...(monitor.model ? { model: monitor.model } : {}), status: 502, message });
      res.end(protocol === 'sse'
        ? `data: ${JSON.stringify({ error: { message, type: 'upstream_error', code: 'upstream_protocol' } })}\n\n`
        : `${JSON.stringify({ error: message })}\n`);
      upstream.close();
    };

    body.on('data', (chunk: Buffer) => {
      if (over) return;
      try {
        write(sse ? sse.relay.frames(sse.decoder.push(chunk)) : nd!.relay.lines(nd!.decoder.push(chunk)));
      } catch (e) {
        breakOff(`Vigil's proxy could not read the upstream's stream: ${(e as Error).message}`);
      }
    });
    body.on('end', () => {
      if (over) return;
      try {
        const last = sse ? sse.relay.frames(sse.decoder.end()) : nd!.relay.lines(nd!.decoder.end());
        const rest = relay.end();
        stop(last.out + rest.out);
      } catch (e) {
        breakOff(`Vigil's proxy could not read the upstream's stream: ${(e as Error).message}`);
      }
    });
    body.on('error', (e: Error) => {
      if (over) return;
      if (res.destroyed || res.writableEnded) {
        over = true;
        relay.abort('client-closed');
        return;
      }
      breakOff(`the upstream's answer broke off: ${e.message}`);
    });
    res.on('close', () => {
      if (over) return;
      over = true;
      relay.abort('client-closed');
      upstream.close();
    });
  }

  private failUnexpected(res: http.ServerResponse, e: unknown): void {
    const message = `Vigil's proxy failed on this request: ${(e as Error)?.message ?? String(e)}`;
    if (!res.headersSent) sendError(res, 'openai', 500, message, 'vigil_internal_error');
    else res.destroy();
  }
}

function bearerOf(authorization: string | undefined): string | undefined {
  return /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1];
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

function isLoopbackOrigin(origin: string): boolean {
  try {
    const u = new URL(origin);
    return (u.protocol === 'http:' || u.protocol === 'https:') && ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
  } catch {
    return false;
  }
}

function forwardedHeaders(headers: http.IncomingHttpHeaders, dropAuthorization: boolean): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || DROP_REQUEST_HEADERS.has(name)) continue;
    if (name === 'authorization' && dropAuthorization) continue;
    out[name] = value;
  }
  return out;
}

function responseHeaders(headers: http.IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !DROP_RESPONSE_HEADERS.has(name)) out[name] = value;
  return out;
}

async function readAll(upstream: UpstreamResponse, limit: number): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of upstream.body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Error(`the answer is larger than ${limit} bytes`);
    parts.push(chunk);
  }
  return Buffer.concat(parts).toString('utf8');
}

/** An error answer in the API's own shape: OpenAI `{error:{message,type,code}}`, Ollama `{error:"..."}`. */
export function sendError(res: http.ServerResponse, api: ProxyApi, status: number, message: string, code: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const type = status === 401 || status === 403 ? 'authentication_error' : status >= 500 ? 'upstream_error' : 'invalid_request_error';
  const body = JSON.stringify(api === 'ollama' ? { error: message } : { error: { message, type, code, param: null } });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

