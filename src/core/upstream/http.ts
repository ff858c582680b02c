import * as http from 'node:http';
import * as https from 'node:https';
import { describeUrl, httpStatusError, networkError, UpstreamError } from './errors';

/** Time limits of one upstream exchange, in milliseconds. */
export interface UpstreamTimeouts {
  /** From starting the request to an open connection. */
  connectMs: number;
  /** From sending the request to the response's status line (a local model may load first). */
  headersMs: number;
  /** Longest silence while the body streams. */
  idleMs: number;
  /** The whole exchange, retries included. */
  totalMs: number;
}

export const DEFAULT_TIMEOUTS: UpstreamTimeouts = {
  connectMs: 10_000,
  headersMs: 300_000,
  idleMs: 120_000,
  totalMs: 30 * 60_000,
};

export interface RetryPolicy {
  /** Tries after the first one (only before any byte of the response was used). */
  retries: number;
  /** First back-off; doubled on each try, with jitter. */
  baseDelayMs: number;
  /** Longest back-off, also the most a Retry-After header is honoured. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 2, baseDelayMs: 250, maxDelayMs: 4000 };

/** Statuses that mean "not now": retried with back-off. */
const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);

/** Longest error body read to explain a failure. */
const MAX_ERROR_BODY = 64 * 1024;

export interface SendOptions {
  method?: string;
  /** Header names in lower case; an array value sends the header several times. */
  headers?: Record<string, string | string[]>;
  /** Whole request body: kept so that a retry can send it again. */
  body?: Buffer | string;
  signal?: AbortSignal;
  timeouts?: Partial<UpstreamTimeouts>;
  retry?: Partial<RetryPolicy>;
  /** A keep-alive agent shared by the caller's requests; one per protocol. */
  agents?: { http: http.Agent; https: https.Agent };
  /** Turn a non-2xx answer into an UpstreamError (after retries) rather than returning it. */
  throwOnHttpError?: boolean;
  /** Named in error messages (404 → "model 'x' was not found"). */
  model?: string;
}

/**
 * A response whose body has not been read yet. Read `body` (an IncomingMessage: async iterable,
 * pausable) and call `close()` when done or abandoning it: it ends the time-outs and closes the
 * connection if the body was not read to the end.
 */
export interface UpstreamResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: http.IncomingMessage;
  url: URL;
  /** Reads the whole body as text (bounded); for errors and small answers. */
  text(limit?: number): Promise<string>;
  close(): void;
}

/** Parses and checks a base URL; throws an UpstreamError of kind bad-url that says what is wrong. */
export function parseBaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UpstreamError('bad-url', `'${raw}' is not a URL: give the upstream as http://host:port or https://host/path, e.g. http://localhost:11434 or https://api.openai.com/v1.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UpstreamError('bad-url', `upstream URL '${describeUrl(url)}' must start with http:// or https:// (not ${url.protocol}).`);
  }
  if (!url.hostname) throw new UpstreamError('bad-url', `upstream URL '${raw}' has no host.`);
  if (url.username || url.password) {
    throw new UpstreamError('bad-url', 'put the API key in the key setting, not in the upstream URL (user:password@ in the URL is not sent).');
  }
  return url;
}

/** `base` + `path`, keeping the base's path prefix (https://host/openai + /v1/models → https://host/openai/v1/models). */
export function joinUrl(base: URL, path: string): URL {
  const prefix = base.pathname.replace(/\/+$/, '');
  const [p, query] = path.split('?', 2);
  const url = new URL(base.href);
  url.pathname = `${prefix}/${p.replace(/^\/+/, '')}`;
  url.search = query ? `?${query}` : '';
  url.hash = '';
  return url;
}

const sleep = (ms: number, signal?: AbortSignal) => new Promise<void>((resolve, reject) => {
  if (signal?.aborted) return reject(cancelled());
  const t = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
  const onAbort = () => { clearTimeout(t); reject(cancelled()); };
  signal?.addEventListener('abort', onAbort, { once: true });
});

function cancelled(): UpstreamError {
  return new UpstreamError('cancelled', 'the request was cancelled');
}

function backoff(attempt: number, policy: RetryPolicy, retryAfter: string | undefined): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  const jittered = exp / 2 + Math.random() * (exp / 2);
  if (retryAfter) {
    const seconds = Number(retryAfter);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - Date.now();
    if (Number.isFinite(ms) && ms > 0) return Math.min(policy.maxDelayMs, Math.max(jittered, ms));
  }
  return jittered;
}

/**
 * Sends one request, retrying only where it is safe: on a connection failure before any answer,
 * and on 408/429/5xx answers (whose body the caller never sees), with exponential back-off and
 * jitter, Retry-After honoured up to the cap. Nothing is retried once the caller has the response.
 */
export async function sendRequest(url: URL, options: SendOptions = {}): Promise<UpstreamResponse> {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  const policy = { ...DEFAULT_RETRY, ...options.retry };
  const deadline = Date.now() + timeouts.totalMs;
  for (let attempt = 0; ; attempt++) {
    if (options.signal?.aborted) throw cancelled();
    let outcome: UpstreamResponse | UpstreamError;
    try {
      outcome = await attemptRequest(url, options, timeouts, deadline);
    } catch (e) {
      if (!(e instanceof UpstreamError)) throw e;
      outcome = e;
    }
    let retryable: boolean;
    let retryAfter: string | undefined;
    if (outcome instanceof UpstreamError) retryable = outcome.details.retryable === true;
    else if (outcome.status >= 200 && outcome.status < 300) return outcome;
    else {
      retryable = RETRY_STATUS.has(outcome.status);
      retryAfter = headerValue(outcome.headers['retry-after']);
      const last = attempt >= policy.retries || !retryable;
      if (last && !options.throwOnHttpError) return outcome;
      const body = await outcome.text(MAX_ERROR_BODY).catch(() => '');
      outcome.close();
      outcome = httpStatusError(outcome.status, url, body, options.model);
    }
    const delay = backoff(attempt, policy, retryAfter);
    if (!retryable || attempt >= policy.retries || Date.now() + delay >= deadline) throw outcome;
    await sleep(delay, options.signal);
  }
}

function headerValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

function attemptRequest(url: URL, options: SendOptions, timeouts: UpstreamTimeouts, deadline: number): Promise<UpstreamResponse> {
  return new Promise((resolve, reject) => {
    const isHttps = url.protocol === 'https:';
    const body = options.body === undefined ? undefined : Buffer.isBuffer(options.body) ? options.body : Buffer.from(options.body, 'utf8');
    const headers: Record<string, string | string[]> = { ...options.headers };
    if (body) headers['content-length'] = String(body.length);
    const agent = options.agents ? (isHttps ? options.agents.https : options.agents.http) : undefined;
    const req = (isHttps ? https : http).request(url, { method: options.method ?? (body ? 'POST' : 'GET'), headers, agent });
    let settled = false;
    let finished = false;
    const timers: NodeJS.Timeout[] = [];
    const clearTimers = () => { for (const t of timers.splice(0)) clearTimeout(t); };
    const signal = options.signal;
    let response: http.IncomingMessage | undefined;

    const fail = (error: UpstreamError) => {
      if (!settled) {
        settled = true;
        cleanup();
        req.destroy();
        reject(error);
      } else if (!finished) {
        // After the response was handed over: break the body stream with the reason.
        finished = true;
        cleanup();
        response?.destroy(error);
        req.destroy();
      }
    };
    const cleanup = () => {
      clearTimers();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => fail(cancelled());
    if (signal) {
      if (signal.aborted) return reject(cancelled());
      signal.addEventListener('abort', onAbort, { once: true });
    }
    const remaining = Math.max(1, deadline - Date.now());
    timers.push(setTimeout(() => fail(new UpstreamError('timeout', `${describeUrl(url)} did not complete within ${Math.round(timeouts.totalMs / 1000)} s.`)), remaining));
    timers.push(setTimeout(() => fail(new UpstreamError('timeout', `${describeUrl(url)} did not answer within ${Math.round(timeouts.headersMs / 1000)} s: the server may be overloaded or still loading the model.`)), Math.min(remaining, timeouts.headersMs)));

    req.on('socket', socket => {
      const connecting = (socket as { connecting?: boolean }).connecting;
      if (!connecting) return;
      const t = setTimeout(() => fail(new UpstreamError('timeout', `no connection to ${url.protocol}//${url.host} within ${Math.round(timeouts.connectMs / 1000)} s: check the host and port, and whether a firewall is in the way.`, { retryable: true })), timeouts.connectMs);
      timers.push(t);
      socket.once(isHttps ? 'secureConnect' : 'connect', () => clearTimeout(t));
    });
    req.on('error', e => {
      if (settled) return fail(e instanceof UpstreamError ? e : new UpstreamError('protocol', `the connection to ${url.protocol}//${url.host} broke off: ${e.message}`, { cause: e }));
      fail(e instanceof UpstreamError ? e : networkError(e, url));
    });
    req.on('response', res => {
      response = res;
      // Only the total and idle limits apply from here.
      clearTimers();
      timers.push(setTimeout(() => fail(new UpstreamError('timeout', `${describeUrl(url)} did not finish its answer within ${Math.round(timeouts.totalMs / 1000)} s.`)), Math.max(1, deadline - Date.now())));
      settled = true;
      // Idle time while the body streams: the socket's own inactivity timer.
      req.setTimeout(timeouts.idleMs, () => fail(new UpstreamError('timeout', `${describeUrl(url)} sent nothing for ${Math.round(timeouts.idleMs / 1000)} s in the middle of its answer.`)));
      const close = () => {
        if (finished) return;
        finished = true;
        cleanup();
        if (!res.complete) {
          res.destroy();
          req.destroy();
        }
      };
      res.once('end', () => { if (!finished) { finished = true; cleanup(); } });
      res.once('close', () => { if (!res.complete) fail(new UpstreamError('protocol', `${describeUrl(url)} closed the connection in the middle of its answer.`)); else close(); });
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        body: res,
        url,
        close,
        text: async (limit = MAX_ERROR_BODY) => {
          const parts: Buffer[] = [];
          let size = 0;
          for await (const chunk of res as AsyncIterable<Buffer>) {
            parts.push(chunk);
            size += chunk.length;
            if (size >= limit) break;
          }
          return Buffer.concat(parts).toString('utf8').slice(0, limit);
        },
      });
    });
    req.end(body);
  });
}

/** One keep-alive agent pair for the requests of one client (connections reused between calls). */
export function keepAliveAgents(maxSockets = 256): { http: http.Agent; https: https.Agent } {
  return {
    http: new http.Agent({ keepAlive: true, maxSockets, scheduling: 'lifo' }),
    https: new https.Agent({ keepAlive: true, maxSockets, scheduling: 'lifo' }),
  };
}
