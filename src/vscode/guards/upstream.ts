import * as vscode from 'vscode';
import { ApiStyle, UpstreamClient } from '../../core/upstream';

export const API_KEY_SECRET = 'vigil.upstream.apiKey';

export interface UpstreamSettings {
  baseUrl: string;
  style: ApiStyle;
  chatModels: string[];
  inlineModel: string;
  inlineOnAlarm: 'suppress' | 'truncate';
  inlineDebounceMs: number;
  inlineMaxTokens: number;
}

export function readUpstreamSettings(): UpstreamSettings {
  const c = vscode.workspace.getConfiguration('vigil');
  const list = c.get<unknown>('upstream.chatModels', []);
  return {
    baseUrl: String(c.get('upstream.baseUrl', '') ?? '').trim(),
    style: c.get('upstream.apiStyle') === 'ollama' ? 'ollama' : 'openai',
    chatModels: Array.isArray(list) ? list.filter((m): m is string => typeof m === 'string' && !!m.trim()) : [],
    inlineModel: String(c.get('inline.model', '') ?? '').trim(),
    inlineOnAlarm: c.get('inline.onAlarm') === 'truncate' ? 'truncate' : 'suppress',
    inlineDebounceMs: Math.max(0, Number(c.get('inline.debounceMs', 250)) || 0),
    inlineMaxTokens: Math.max(16, Number(c.get('inline.maxTokens', 256)) || 256),
  };
}

/**
 * The configured upstream (OpenAI-compatible or Ollama) with its key from SecretStorage;
 * undefined when no base URL is set.
 */
export class Upstream {
  private cached: { key: string; client: UpstreamClient } | undefined;

  constructor(private readonly secrets: vscode.SecretStorage) {}

  async client(): Promise<UpstreamClient | undefined> {
    const s = readUpstreamSettings();
    if (!s.baseUrl) return undefined;
    const apiKey = (await this.secrets.get(API_KEY_SECRET)) ?? undefined;
    const key = `${s.style} ${s.baseUrl} ${apiKey ? 'k' : ''}${apiKey?.length ?? 0}`;
    if (this.cached?.key !== key) this.cached = { key, client: new UpstreamClient({ baseUrl: s.baseUrl, style: s.style, apiKey }) };
    return this.cached.client;
  }

  /** Forgets the client (settings or the key changed). */
  reset(): void {
    this.cached = undefined;
  }
}

/** Ties an AbortController to a cancellation token. */
export function abortOn(token: vscode.CancellationToken): { controller: AbortController; dispose(): void } {
  const controller = new AbortController();
  const sub = token.onCancellationRequested(() => controller.abort());
  if (token.isCancellationRequested) controller.abort();
  return { controller, dispose: () => sub.dispose() };
}
