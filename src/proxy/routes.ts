import { StreamKind } from '../core';
import { ProxyApi } from './events';

export interface Route {
  api: ProxyApi;
  /** Monitored answers (chat as chat, completions as code), or metadata passed through unchanged. */
  kind: StreamKind | 'passthrough';
  methods: readonly string[];
  /** The path sent upstream (aliases such as `/chat/completions` become `/v1/chat/completions`). */
  upstreamPath: string;
}

const TABLE: Record<string, Omit<Route, 'upstreamPath'>> = {
  '/v1/chat/completions': { api: 'openai', kind: 'chat', methods: ['POST'] },
  '/v1/completions': { api: 'openai', kind: 'code', methods: ['POST'] },
  '/v1/models': { api: 'openai', kind: 'passthrough', methods: ['GET'] },
  '/api/chat': { api: 'ollama', kind: 'chat', methods: ['POST'] },
  '/api/generate': { api: 'ollama', kind: 'code', methods: ['POST'] },
  '/api/tags': { api: 'ollama', kind: 'passthrough', methods: ['GET'] },
  '/api/show': { api: 'ollama', kind: 'passthrough', methods: ['POST'] },
  '/api/version': { api: 'ollama', kind: 'passthrough', methods: ['GET'] },
  '/api/ps': { api: 'ollama', kind: 'passthrough', methods: ['GET'] },
};

/** The paths the proxy relays, for error messages and the README. */
export const SUPPORTED_PATHS = Object.keys(TABLE);

/**
 * The route of a request path (query string removed), or undefined. OpenAI paths also match
 * without `/v1` (a client configured with the bare proxy address); `/v1/models/<id>` is metadata.
 * Anything else (embeddings, the Responses API, model pulls) is refused rather than relayed
 * unmonitored.
 */
export function routeFor(pathname: string): Route | undefined {
  const path = pathname.replace(/\/+$/, '') || '/';
  const exact = TABLE[path];
  if (exact) return { ...exact, upstreamPath: path };
  const aliased = TABLE[`/v1${path}`];
  if (aliased && aliased.api === 'openai') return { ...aliased, upstreamPath: `/v1${path}` };
  const model = /^(\/v1)?\/models\/[^/]+$/.exec(path);
  if (model) return { api: 'openai', kind: 'passthrough', methods: ['GET'], upstreamPath: model[1] ? path : `/v1${path}` };
  if (path === '/') return { api: 'ollama', kind: 'passthrough', methods: ['GET', 'HEAD'], upstreamPath: '/' };
  return undefined;
}
