/**
 * Errors of the upstream client, each saying what to fix. `kind` is for code (map to an HTTP
 * status, decide whether to retry); `message` is for people and never contains the API key.
 */

export type UpstreamErrorKind =
  /** The configured base URL cannot be used. */
  | 'bad-url'
  /** Nothing listens at the address, or the host name does not resolve. */
  | 'connect'
  /** No connection, no answer or no further data within the time-out. */
  | 'timeout'
  /** 401/403: the API key is missing, wrong or not allowed this model. */
  | 'auth'
  /** 404: the model (or the endpoint path) does not exist there. */
  | 'not-found'
  /** 429 after the retries. */
  | 'rate-limited'
  /** Another 4xx: the upstream refused the request as sent. */
  | 'rejected'
  /** 5xx after the retries. */
  | 'server'
  /** The response broke off or was not the protocol expected. */
  | 'protocol'
  /** The caller cancelled (AbortSignal). */
  | 'cancelled';

export class UpstreamError extends Error {
  constructor(
    readonly kind: UpstreamErrorKind,
    message: string,
    readonly details: {
      /** HTTP status from the upstream, when it answered. */
      status?: number;
      /** The upstream's own error message, when it sent one (trimmed). */
      upstreamMessage?: string;
      /** Whether trying again later might work. */
      retryable?: boolean;
      cause?: unknown;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'UpstreamError';
  }

  get status(): number | undefined {
    return this.details.status;
  }

  get upstreamMessage(): string | undefined {
    return this.details.upstreamMessage;
  }
}

export function isUpstreamError(e: unknown): e is UpstreamError {
  return e instanceof UpstreamError;
}

/** The upstream's message out of an error body in OpenAI (`{error:{message}}`) or Ollama (`{error:"..."}`) shape. */
export function upstreamErrorMessage(body: string): string | undefined {
  const text = body.trim();
  if (!text) return undefined;
  try {
    const json = JSON.parse(text) as { error?: unknown; message?: unknown; detail?: unknown };
    const e = json.error;
    if (typeof e === 'string') return clip(e);
    if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') return clip((e as { message: string }).message);
    if (typeof json.message === 'string') return clip(json.message);
    if (typeof json.detail === 'string') return clip(json.detail);
  } catch {
    // not JSON: fall through to the text itself
  }
  return /^\s*</.test(text) ? undefined : clip(text.split('\n')[0]);
}

function clip(s: string, max = 300): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** Where a request went, for messages: origin and path, never credentials or query strings. */
export function describeUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

/** An error for a non-2xx answer, with a message that says what to fix. */
export function httpStatusError(status: number, url: URL, body: string, model?: string): UpstreamError {
  const upstreamMessage = upstreamErrorMessage(body);
  const where = describeUrl(url);
  const theirs = upstreamMessage ? ` The server said: ${upstreamMessage}` : '';
  const details = { status, upstreamMessage };
  if (status === 401) {
    return new UpstreamError('auth', `${where} refused the request as unauthorised (401): check the API key (missing, mistyped or revoked).${theirs}`, details);
  }
  if (status === 403) {
    return new UpstreamError('auth', `${where} refused access (403): check the API key and whether it may use ${model ? `model '${model}'` : 'this model'}.${theirs}`, details);
  }
  if (status === 404) {
    const mentionsModel = model !== undefined && (!upstreamMessage || /model/i.test(upstreamMessage));
    return new UpstreamError('not-found', mentionsModel
      ? `model '${model}' was not found at ${url.protocol}//${url.host} (404): check the model name (for Ollama: \`ollama pull ${model}\`; the server's /v1/models or /api/tags lists what it has).${theirs}`
      : `${where} does not exist (404): check the base URL (does it need or not need a /v1 suffix?)${model ? ` and the model name '${model}'` : ''}.${theirs}`, details);
  }
  if (status === 429) {
    return new UpstreamError('rate-limited', `${where} is rate limiting requests (429): wait and try again, or check the plan and quota of the API key.${theirs}`, { ...details, retryable: true });
  }
  if (status >= 500) {
    return new UpstreamError('server', `${where} failed with a server error (${status}): the upstream is down or overloaded; try again later.${theirs}`, { ...details, retryable: true });
  }
  return new UpstreamError('rejected', `${where} rejected the request (${status})${model ? ` for model '${model}'` : ''}: check the request parameters.${theirs}`, details);
}

/** An error for a failure before any answer: connection, DNS, TLS. */
export function networkError(e: unknown, url: URL): UpstreamError {
  const err = e as NodeJS.ErrnoException;
  const code = err?.code ?? '';
  const base = `${url.protocol}//${url.host}`;
  if (code === 'ECONNREFUSED') {
    return new UpstreamError('connect', `could not connect to ${base}: connection refused. Is the server running at that address (host and port)?`, { retryable: true, cause: e });
  }
  if (code === 'ENOTFOUND' || code === 'EAI_NONAME') {
    return new UpstreamError('connect', `host '${url.hostname}' was not found (DNS): check the upstream URL ${base}.`, { cause: e });
  }
  if (code === 'EAI_AGAIN') {
    return new UpstreamError('connect', `host '${url.hostname}' could not be resolved right now (DNS): check the network.`, { retryable: true, cause: e });
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED') {
    return new UpstreamError('connect', `the connection to ${base} was closed before it answered: is it an HTTP server (check http:// versus https:// and the port)?`, { retryable: true, cause: e });
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return new UpstreamError('connect', `${base} is unreachable from this machine: check the URL and the network.`, { retryable: true, cause: e });
  }
  if (/^(CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|ERR_TLS|ERR_SSL)/.test(code) || code === 'EPROTO') {
    return new UpstreamError('connect', `TLS with ${base} failed (${code}): check https:// versus http:// and the server's certificate.`, { cause: e });
  }
  return new UpstreamError('connect', `request to ${base} failed: ${err?.message ?? String(e)}${code ? ` (${code})` : ''}.`, { cause: e });
}
