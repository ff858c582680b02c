import { NdjsonDecoder, SseDecoder } from './decode';
import { describeUrl, UpstreamError } from './errors';
import { joinUrl, keepAliveAgents, parseBaseUrl, RetryPolicy, sendRequest, SendOptions, UpstreamResponse, UpstreamTimeouts } from './http';

/** The two wire protocols: OpenAI-compatible (SSE) and Ollama's native API (NDJSON). */
export type ApiStyle = 'openai' | 'ollama';

export interface UpstreamConfig {
  /**
   * Where the model is served: `http://localhost:11434` (Ollama), `https://api.openai.com/v1`,
   * `http://localhost:1234/v1` (LM Studio)... A trailing `/v1` is optional for the OpenAI style.
   */
  baseUrl: string;
  style: ApiStyle;
  /** Sent as `Authorization: Bearer <key>`; never logged. */
  apiKey?: string;
  /** Further headers sent with every request (lower-case names). */
  headers?: Record<string, string>;
  timeouts?: Partial<UpstreamTimeouts>;
  retry?: Partial<RetryPolicy>;
}

export interface ToolDefinition {
  type: 'function';
  function: { name: string; description?: string; parameters?: unknown };
}

/** A complete tool call, in the OpenAI shape (arguments as a JSON string). */
export interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string | null;
  tool_calls?: ToolCall[];
  /** For role 'tool': the call this is the result of. */
  tool_call_id?: string;
  name?: string;
}

interface CommonRequest {
  model: string;
  temperature?: number;
  maxTokens?: number;
  stop?: string[];
  /** Other top-level body fields, sent as they are (Ollama: `extra.options` is merged with the sampling options). */
  extra?: Record<string, unknown>;
}

export interface ChatRequest extends CommonRequest {
  messages: ChatMessage[];
  tools?: ToolDefinition[];
  toolChoice?: 'auto' | 'none' | 'required' | { type: 'function'; function: { name: string } };
}

/** A code completion: the text before the cursor, and after it for fill-in-the-middle. */
export interface CompletionRequest extends CommonRequest {
  prompt: string;
  suffix?: string;
}

/** What a stream yields, in order. Text of choice 0 unless the request asked for several. */
export type StreamPart =
  | { type: 'text'; choice: number; text: string }
  /** Reasoning ("thinking") text some models stream beside the answer. */
  | { type: 'reasoning'; choice: number; text: string }
  /** A complete tool call, yielded once its arguments are complete (before the choice's finish). */
  | { type: 'tool-call'; choice: number; call: ToolCall }
  | { type: 'finish'; choice: number; reason: string }
  | { type: 'usage'; promptTokens?: number; completionTokens?: number };

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface ModelInfo {
  id: string;
  ownedBy?: string;
}

/**
 * One streaming client for OpenAI-compatible servers and Ollama. Each call is cancellable with an
 * AbortSignal; breaking out of a stream's loop closes the upstream connection at once. Failures
 * are UpstreamErrors whose message says what to fix.
 */
export class UpstreamClient {
  readonly base: URL;
  private readonly agents = keepAliveAgents();

  constructor(readonly config: UpstreamConfig) {
    this.base = parseBaseUrl(config.baseUrl);
  }

  /** Streams a chat answer (OpenAI `/v1/chat/completions` or Ollama `/api/chat`). */
  streamChat(request: ChatRequest, options: RequestOptions = {}): AsyncGenerator<StreamPart> {
    if (this.config.style === 'ollama') {
      return this.ollamaStream('/api/chat', {
        ...request.extra,
        model: request.model,
        messages: request.messages.map(toOllamaMessage),
        ...(request.tools ? { tools: request.tools } : {}),
        stream: true,
        ...ollamaOptions(request),
      }, 'chat', request.model, options);
    }
    return this.openAiStream('/v1/chat/completions', {
      ...request.extra,
      model: request.model,
      messages: request.messages,
      ...(request.tools ? { tools: request.tools } : {}),
      ...(request.toolChoice ? { tool_choice: request.toolChoice } : {}),
      ...openAiOptions(request),
      stream: true,
      stream_options: { include_usage: true },
    }, 'chat', request.model, options);
  }

  /** Streams a completion, fill-in-the-middle when `suffix` is given (OpenAI `/v1/completions`, Ollama `/api/generate`). */
  streamCompletion(request: CompletionRequest, options: RequestOptions = {}): AsyncGenerator<StreamPart> {
    if (this.config.style === 'ollama') {
      return this.ollamaStream('/api/generate', {
        ...request.extra,
        model: request.model,
        prompt: request.prompt,
        ...(request.suffix !== undefined ? { suffix: request.suffix } : {}),
        stream: true,
        ...ollamaOptions(request),
      }, 'generate', request.model, options);
    }
    return this.openAiStream('/v1/completions', {
      ...request.extra,
      model: request.model,
      prompt: request.prompt,
      ...(request.suffix !== undefined ? { suffix: request.suffix } : {}),
      ...openAiOptions(request),
      stream: true,
    }, 'completion', request.model, options);
  }

  /** The models the server offers (`/v1/models` or Ollama's `/api/tags`). */
  async listModels(options: RequestOptions = {}): Promise<ModelInfo[]> {
    const ollama = this.config.style === 'ollama';
    const res = await this.send(ollama ? '/api/tags' : '/v1/models', { method: 'GET', signal: options.signal, throwOnHttpError: true });
    let text: string;
    try {
      text = await res.text(16 * 1024 * 1024);
    } finally {
      res.close();
    }
    const json = parseJson(text, res.url) as { data?: { id: string; owned_by?: string }[]; models?: { name?: string; model?: string }[] };
    if (ollama) return (json.models ?? []).map(m => ({ id: String(m.name ?? m.model) }));
    return (json.data ?? []).map(m => ({ id: String(m.id), ...(m.owned_by ? { ownedBy: m.owned_by } : {}) }));
  }

  /**
   * The raw request under the typed calls, for callers that relay bytes (the proxy): `path` is
   * appended to the base URL's path (a duplicate `/v1` is folded). Non-2xx answers are returned
   * unless `throwOnHttpError`.
   */
  send(path: string, options: Omit<SendOptions, 'agents' | 'timeouts' | 'retry'> & { timeouts?: Partial<UpstreamTimeouts>; retry?: Partial<RetryPolicy> }): Promise<UpstreamResponse> {
    const headers: Record<string, string | string[]> = { ...this.config.headers, ...options.headers };
    if (this.config.apiKey) headers.authorization = `Bearer ${this.config.apiKey}`;
    if (options.body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    headers['accept-encoding'] = 'identity';
    return sendRequest(this.url(path), {
      ...options,
      headers,
      agents: this.agents,
      timeouts: { ...this.config.timeouts, ...options.timeouts },
      retry: { ...this.config.retry, ...options.retry },
    });
  }

  /** The upstream URL for an API path. */
  url(path: string): URL {
    return upstreamUrl(this.base, path);
  }

  /** Closes idle keep-alive connections. */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  private async *openAiStream(path: string, body: Record<string, unknown>, kind: 'chat' | 'completion', model: string, options: RequestOptions): AsyncGenerator<StreamPart> {
    const res = await this.send(path, { method: 'POST', body: JSON.stringify(body), headers: { accept: 'text/event-stream' }, signal: options.signal, throwOnHttpError: true, model });
    const tools = new ToolCallCollector();
    const finished = new Set<number>();
    try {
      if (!isEventStream(res)) {
        // A server that ignored stream:true: take its whole answer.
        yield* openAiWhole(parseJson(await res.text(32 * 1024 * 1024), res.url), kind);
        return;
      }
      const decoder = new SseDecoder();
      let done = false;
      const handle = function* (data: string): Generator<StreamPart> {
        if (data.trim() === '[DONE]') {
          done = true;
          return;
        }
        const chunk = parseJson(data, res.url) as OpenAiChunk;
        if (chunk.error) throw streamError(chunk.error, res.url);
        for (const c of chunk.choices ?? []) {
          const choice = c.index ?? 0;
          const text = kind === 'chat' ? c.delta?.content : c.text;
          const reasoning = c.delta?.reasoning_content ?? c.delta?.reasoning;
          if (typeof reasoning === 'string' && reasoning) yield { type: 'reasoning', choice, text: reasoning };
          if (typeof text === 'string' && text) yield { type: 'text', choice, text };
          for (const t of c.delta?.tool_calls ?? []) tools.add(choice, t);
          if (c.finish_reason) {
            for (const call of tools.take(choice)) yield { type: 'tool-call', choice, call };
            finished.add(choice);
            yield { type: 'finish', choice, reason: c.finish_reason };
          }
        }
        if (chunk.usage) yield { type: 'usage', promptTokens: chunk.usage.prompt_tokens, completionTokens: chunk.usage.completion_tokens };
      };
      for await (const bytes of res.body as AsyncIterable<Buffer>) {
        for (const frame of decoder.push(bytes)) if (frame.type === 'event') yield* handle(frame.data);
        if (done) break;
      }
      if (!done) for (const frame of decoder.end()) if (frame.type === 'event') yield* handle(frame.data);
      // Tool calls of a choice the server never finished.
      for (const choice of tools.pending()) {
        for (const call of tools.take(choice)) yield { type: 'tool-call', choice, call };
        if (!finished.has(choice)) yield { type: 'finish', choice, reason: 'tool_calls' };
      }
    } catch (e) {
      throw asStreamError(e, res.url);
    } finally {
      res.close();
    }
  }

  private async *ollamaStream(path: string, body: Record<string, unknown>, kind: 'chat' | 'generate', model: string, options: RequestOptions): AsyncGenerator<StreamPart> {
    const res = await this.send(path, { method: 'POST', body: JSON.stringify(body), signal: options.signal, throwOnHttpError: true, model });
    let calls = 0;
    try {
      const decoder = new NdjsonDecoder();
      let done = false;
      const handle = function* (line: string): Generator<StreamPart> {
        const chunk = parseJson(line, res.url) as OllamaChunk;
        if (chunk.error) throw streamError(chunk.error, res.url);
        const text = kind === 'chat' ? chunk.message?.content : chunk.response;
        const thinking = kind === 'chat' ? chunk.message?.thinking : chunk.thinking;
        if (typeof thinking === 'string' && thinking) yield { type: 'reasoning', choice: 0, text: thinking };
        if (typeof text === 'string' && text) yield { type: 'text', choice: 0, text };
        for (const t of chunk.message?.tool_calls ?? []) {
          const args = t.function?.arguments;
          yield {
            type: 'tool-call', choice: 0,
            call: { id: t.id ?? `call_${calls++}`, type: 'function', function: { name: t.function?.name ?? '', arguments: typeof args === 'string' ? args : JSON.stringify(args ?? {}) } },
          };
        }
        if (chunk.done) {
          done = true;
          yield { type: 'finish', choice: 0, reason: chunk.done_reason ?? 'stop' };
          if (chunk.prompt_eval_count !== undefined || chunk.eval_count !== undefined) yield { type: 'usage', promptTokens: chunk.prompt_eval_count, completionTokens: chunk.eval_count };
        }
      };
      for await (const bytes of res.body as AsyncIterable<Buffer>) {
        for (const line of decoder.push(bytes)) yield* handle(line);
        if (done) break;
      }
      if (!done) {
        for (const line of decoder.end()) yield* handle(line);
        if (!done) throw new UpstreamError('protocol', `${describeUrl(res.url)} ended its answer without the final "done" message.`);
      }
    } catch (e) {
      throw asStreamError(e, res.url);
    } finally {
      res.close();
    }
  }
}

/**
 * The upstream URL for a client-facing API path. A base that ends in `/v1` and a path that starts
 * with it are folded (`https://api.openai.com/v1` + `/v1/models`); Ollama's `/api/...` paths drop
 * a base's `/v1` (`http://localhost:11434/v1` + `/api/tags` → `http://localhost:11434/api/tags`).
 */
export function upstreamUrl(base: URL, path: string): URL {
  const basePath = base.pathname.replace(/\/+$/, '');
  if (/\/v1$/.test(basePath) && /^\/(v1|api)(\/|$|\?)/.test(path)) {
    const trimmed = new URL(base.href);
    trimmed.pathname = basePath.slice(0, -3) || '/';
    return joinUrl(trimmed, path);
  }
  return joinUrl(base, path);
}

interface OpenAiToolDelta {
  index?: number;
  id?: string;
  type?: string;
  function?: { name?: string; arguments?: string };
}

interface OpenAiChunk {
  choices?: {
    index?: number;
    text?: string;
    delta?: { content?: string | null; reasoning_content?: string; reasoning?: string; tool_calls?: OpenAiToolDelta[] };
    message?: { content?: string | null; tool_calls?: ToolCall[]; reasoning_content?: string };
    finish_reason?: string | null;
  }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number };
  error?: unknown;
}

interface OllamaChunk {
  message?: { content?: string; thinking?: string; tool_calls?: { id?: string; function?: { name?: string; arguments?: unknown } }[] };
  response?: string;
  thinking?: string;
  done?: boolean;
  done_reason?: string;
  prompt_eval_count?: number;
  eval_count?: number;
  error?: unknown;
}

/** Accumulates OpenAI's streamed tool-call pieces (id and name first, arguments in parts) per choice. */
class ToolCallCollector {
  private readonly calls = new Map<number, Map<number, ToolCall>>();

  add(choice: number, delta: OpenAiToolDelta): void {
    let byIndex = this.calls.get(choice);
    if (!byIndex) this.calls.set(choice, (byIndex = new Map()));
    const index = delta.index ?? byIndex.size;
    let call = byIndex.get(index);
    if (!call) byIndex.set(index, (call = { id: delta.id ?? `call_${choice}_${index}`, type: 'function', function: { name: '', arguments: '' } }));
    if (delta.id) call.id = delta.id;
    if (delta.function?.name) call.function.name += delta.function.name;
    if (delta.function?.arguments) call.function.arguments += delta.function.arguments;
  }

  take(choice: number): ToolCall[] {
    const byIndex = this.calls.get(choice);
    this.calls.delete(choice);
    return byIndex ? [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(e => e[1]) : [];
  }

  pending(): number[] {
    return [...this.calls.keys()];
  }
}

function* openAiWhole(json: unknown, kind: 'chat' | 'completion'): Generator<StreamPart> {
  const answer = json as OpenAiChunk;
  for (const c of answer.choices ?? []) {
    const choice = c.index ?? 0;
    const text = kind === 'chat' ? c.message?.content : c.text;
    if (c.message?.reasoning_content) yield { type: 'reasoning', choice, text: c.message.reasoning_content };
    if (typeof text === 'string' && text) yield { type: 'text', choice, text };
    for (const call of c.message?.tool_calls ?? []) yield { type: 'tool-call', choice, call };
    yield { type: 'finish', choice, reason: c.finish_reason ?? 'stop' };
  }
  if (answer.usage) yield { type: 'usage', promptTokens: answer.usage.prompt_tokens, completionTokens: answer.usage.completion_tokens };
}

function toOllamaMessage(m: ChatMessage): Record<string, unknown> {
  const out: Record<string, unknown> = { role: m.role, content: m.content ?? '' };
  if (m.tool_calls?.length) {
    out.tool_calls = m.tool_calls.map(c => ({ function: { name: c.function.name, arguments: parseArguments(c.function.arguments) } }));
  }
  if (m.role === 'tool' && m.name) out.tool_name = m.name;
  return out;
}

function parseArguments(args: string): unknown {
  try {
    return JSON.parse(args || '{}');
  } catch {
    return {};
  }
}

function openAiOptions(r: CommonRequest): Record<string, unknown> {
  return {
    ...(r.temperature !== undefined ? { temperature: r.temperature } : {}),
    ...(r.maxTokens !== undefined ? { max_tokens: r.maxTokens } : {}),
    ...(r.stop?.length ? { stop: r.stop } : {}),
  };
}

function ollamaOptions(r: CommonRequest): Record<string, unknown> {
  const options: Record<string, unknown> = {
    ...(r.extra?.options as Record<string, unknown> | undefined),
    ...(r.temperature !== undefined ? { temperature: r.temperature } : {}),
    ...(r.maxTokens !== undefined ? { num_predict: r.maxTokens } : {}),
    ...(r.stop?.length ? { stop: r.stop } : {}),
  };
  return Object.keys(options).length ? { options } : {};
}

function isEventStream(res: UpstreamResponse): boolean {
  const type = String(res.headers['content-type'] ?? '');
  return !/application\/json/i.test(type) || /event-stream/i.test(type);
}

function parseJson(text: string, url: URL): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new UpstreamError('protocol', `${describeUrl(url)} sent something that is not JSON (${JSON.stringify(text.slice(0, 80))}): is the base URL an OpenAI-compatible or Ollama API?`);
  }
}

function streamError(error: unknown, url: URL): UpstreamError {
  const message = typeof error === 'string' ? error : (error as { message?: unknown })?.message;
  return new UpstreamError('server', `${describeUrl(url)} reported an error in the middle of its answer: ${typeof message === 'string' ? message : JSON.stringify(error)}`, { upstreamMessage: typeof message === 'string' ? message : undefined });
}

function asStreamError(e: unknown, url: URL): UpstreamError {
  if (e instanceof UpstreamError) return e;
  const err = e as NodeJS.ErrnoException;
  if (err?.name === 'AbortError') return new UpstreamError('cancelled', 'the request was cancelled');
  return new UpstreamError('protocol', `the answer from ${describeUrl(url)} broke off: ${err?.message ?? String(e)}`, { cause: e });
}
