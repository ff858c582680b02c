import * as vscode from 'vscode';
import { Log } from '../log';
import { MonitorService } from '../monitorService';
import { abortOn, readUpstreamSettings, Upstream } from './upstream';

/** Characters of the document sent as prefix and suffix (the monitor keeps its own bounded context). */
const PREFIX_CHARS = 12_000;
const SUFFIX_CHARS = 4_000;

/** What the provider did with one request, for tests and the log. */
export interface InlineOutcome {
  text: string;
  alarm: boolean;
  /** Whether the upstream stream was cut before it finished. */
  aborted: boolean;
}

function sleep(ms: number, token: vscode.CancellationToken): Promise<boolean> {
  return new Promise(resolve => {
    if (token.isCancellationRequested) return resolve(false);
    const timer = setTimeout(() => {
      sub.dispose();
      resolve(!token.isCancellationRequested);
    }, ms);
    const sub = token.onCancellationRequested(() => {
      clearTimeout(timer);
      sub.dispose();
      resolve(false);
    });
  });
}

/**
 * Inline completions from the configured upstream (OpenAI-compatible completions with prefix and
 * suffix, or Ollama's generate with a suffix), streamed through a code monitoring session: the
 * upstream is aborted the moment the alarm fires, and the suggestion is suppressed (default) or
 * truncated before the flagged construct (`vigil.inline.onAlarm`). Off unless `vigil.inline.model`
 * and an upstream are set.
 */
export class GuardedInlineProvider implements vscode.InlineCompletionItemProvider, vscode.Disposable {
  private readonly registration: vscode.Disposable;
  /** The last outcome, for the log and tests. */
  last: InlineOutcome | undefined;

  constructor(private readonly upstream: Upstream, private readonly monitor: MonitorService, private readonly log: Log) {
    this.registration = vscode.languages.registerInlineCompletionItemProvider({ pattern: '**' }, this);
  }

  async provideInlineCompletionItems(document: vscode.TextDocument, position: vscode.Position, _context: vscode.InlineCompletionContext, token: vscode.CancellationToken): Promise<vscode.InlineCompletionItem[]> {
    const settings = readUpstreamSettings();
    if (!settings.inlineModel) return [];
    const client = await this.upstream.client();
    if (!client) return [];
    // Debounce: typing cancels this request before the upstream is asked.
    if (!(await sleep(settings.inlineDebounceMs, token))) return [];
    const text = document.getText();
    const offset = document.offsetAt(position);
    const prefix = text.slice(Math.max(0, offset - PREFIX_CHARS), offset);
    const suffix = text.slice(offset, offset + SUFFIX_CHARS);
    const live = await this.monitor.start({ kind: 'code', language: document.languageId, context: prefix, source: 'inline', uri: document.uri, insertAt: position });
    const abort = abortOn(token);
    let completion = '';
    let aborted = false;
    try {
      const stream = client.streamCompletion({ model: settings.inlineModel, prompt: prefix, suffix, maxTokens: settings.inlineMaxTokens }, { signal: abort.controller.signal });
      for await (const part of stream) {
        if (part.type !== 'text' || part.choice !== 0) continue;
        completion += part.text;
        live.push(part.text);
        if (live.session.alarmed || token.isCancellationRequested) {
          aborted = true;
          abort.controller.abort();
          break;
        }
      }
    } catch (e) {
      if (!token.isCancellationRequested && !aborted) this.log.warn(`inline completion from ${client.base.host} failed: ${(e as Error).message}`);
    } finally {
      abort.dispose();
    }
    const session = live.session;
    const record = live.end();
    let shown = completion;
    if (record.alarm) {
      if (settings.inlineOnAlarm === 'suppress') shown = '';
      else {
        // Offer only what comes before the flagged construct, cut back to a line boundary.
        const first = Math.min(...session.findings.map(f => f.start.offset), completion.length);
        const cut = completion.lastIndexOf('\n', first - 1);
        shown = cut > 0 ? completion.slice(0, cut) : '';
      }
      this.log.info(`inline suggestion ${shown ? 'truncated' : 'suppressed'}: ${record.findings[0]?.message ?? 'alarm'}`);
    }
    this.last = { text: shown, alarm: record.alarm, aborted };
    if (!shown.trim() || token.isCancellationRequested) return [];
    return [new vscode.InlineCompletionItem(shown, new vscode.Range(position, position))];
  }

  dispose(): void {
    this.registration.dispose();
  }
}
