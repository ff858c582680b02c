import * as vscode from 'vscode';
import { toolCallText } from '../../core/chat/toolCall';
import { HoldBackGate } from '../../core/gate/holdBackGate';
import { ChatMessage, isUpstreamError, ToolDefinition, UpstreamError } from '../../core/upstream';
import { Log } from '../log';
import { MonitorService } from '../monitorService';
import { abortOn, readUpstreamSettings, Upstream } from './upstream';
import { alarmWarning } from './warning';

export const VENDOR = 'vigil';

interface GuardedModel extends vscode.LanguageModelChatInformation {
  upstreamModel: string;
}

function textOf(parts: readonly unknown[]): string {
  return parts.map(p => (p instanceof vscode.LanguageModelTextPart ? p.value : '')).join('');
}

/** VS Code's request messages in the OpenAI shape the upstream client speaks. */
export function toUpstreamMessages(messages: readonly vscode.LanguageModelChatRequestMessage[]): ChatMessage[] {
  const out: ChatMessage[] = [];
  for (const m of messages) {
    const role = m.role === vscode.LanguageModelChatMessageRole.Assistant ? 'assistant' : 'user';
    const calls = m.content.filter((p): p is vscode.LanguageModelToolCallPart => p instanceof vscode.LanguageModelToolCallPart);
    const results = m.content.filter((p): p is vscode.LanguageModelToolResultPart => p instanceof vscode.LanguageModelToolResultPart);
    for (const r of results) out.push({ role: 'tool', tool_call_id: r.callId, content: textOf(r.content) });
    const text = textOf(m.content as unknown[]);
    if (calls.length) out.push({ role: 'assistant', content: text || null, tool_calls: calls.map(c => ({ id: c.callId, type: 'function', function: { name: c.name, arguments: JSON.stringify(c.input ?? {}) } })) });
    else if (text || !results.length) out.push({ role, content: text });
  }
  return out;
}

/**
 * "Vigil-guarded" models in the model picker of chat and agent mode: each forwards to the
 * configured upstream, streams the answer through the hold-back gate, checks tool calls before
 * passing them on, and on alarm ends the answer with a warning and cancels the upstream.
 */
export class GuardedModels implements vscode.LanguageModelChatProvider<GuardedModel>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeLanguageModelChatInformation = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly upstream: Upstream, private readonly monitor: MonitorService, private readonly log: Log) {
    this.disposables.push(vscode.lm.registerLanguageModelChatProvider(VENDOR, this));
    vscode.workspace.onDidChangeConfiguration(e => {
      if (e.affectsConfiguration('vigil.upstream')) {
        this.upstream.reset();
        this.changed.fire();
      }
    }, this, this.disposables);
  }

  /** Tells VS Code to ask for the models again (after the key changed). */
  refresh(): void {
    this.upstream.reset();
    this.changed.fire();
  }

  async provideLanguageModelChatInformation(options: vscode.PrepareLanguageModelChatModelOptions, token: vscode.CancellationToken): Promise<GuardedModel[]> {
    const client = await this.upstream.client();
    if (!client) return [];
    let ids = readUpstreamSettings().chatModels;
    if (!ids.length) {
      const abort = abortOn(token);
      try {
        ids = (await client.listModels({ signal: abort.controller.signal })).map(m => m.id);
      } catch (e) {
        this.log.warn(`cannot list the upstream's models: ${(e as Error).message}`);
        if (!options.silent) void vscode.window.showWarningMessage(`Vigil: cannot list the models at ${client.base.href}: ${(e as Error).message}`);
        return [];
      } finally {
        abort.dispose();
      }
    }
    return ids.map(id => ({
      id: `vigil/${id}`,
      upstreamModel: id,
      name: `${id} (Vigil-guarded)`,
      family: id,
      version: '1',
      detail: 'Vigil',
      tooltip: `${id} at ${client.base.host}, monitored by Vigil: unsafe output is stopped as it streams.`,
      maxInputTokens: 128_000,
      maxOutputTokens: 16_384,
      capabilities: { toolCalling: true },
    }));
  }

  async provideLanguageModelChatResponse(model: GuardedModel, messages: readonly vscode.LanguageModelChatRequestMessage[], options: vscode.ProvideLanguageModelChatResponseOptions, progress: vscode.Progress<vscode.LanguageModelResponsePart>, token: vscode.CancellationToken): Promise<void> {
    const client = await this.upstream.client();
    if (!client) throw new Error('Vigil: no upstream is configured (set vigil.upstream.baseUrl).');
    const tools: ToolDefinition[] | undefined = options.tools?.length
      ? options.tools.map(t => ({ type: 'function', function: { name: t.name, description: t.description, parameters: t.inputSchema ?? { type: 'object', properties: {} } } }))
      : undefined;
    const live = await this.monitor.start({ kind: 'chat', source: 'model' });
    const gate = new HoldBackGate(live.session);
    const abort = abortOn(token);
    try {
      const stream = client.streamChat({
        model: model.upstreamModel,
        messages: toUpstreamMessages(messages),
        tools,
        toolChoice: tools && options.toolMode === vscode.LanguageModelChatToolMode.Required ? 'required' : undefined,
        extra: options.modelOptions ? { ...options.modelOptions } : undefined,
      }, { signal: abort.controller.signal });
      for await (const part of stream) {
        if (part.type === 'text' && part.choice === 0) {
          const r = gate.push(part.text);
          if (r.release) progress.report(new vscode.LanguageModelTextPart(r.release));
          if (r.alarm) break;
        } else if (part.type === 'tool-call' && part.choice === 0) {
          let input: object = {};
          try {
            input = JSON.parse(part.call.function.arguments || '{}') as object;
          } catch {
            input = { arguments: part.call.function.arguments };
          }
          if (!(await this.toolCallIsSafe(part.call.function.name, part.call.function.arguments, progress))) {
            abort.controller.abort();
            break;
          }
          progress.report(new vscode.LanguageModelToolCallPart(part.call.id, part.call.function.name, input));
        }
      }
      if (!gate.stopped && !token.isCancellationRequested) {
        const r = gate.end();
        if (r.release) progress.report(new vscode.LanguageModelTextPart(r.release));
      }
    } catch (e) {
      if (!token.isCancellationRequested) throw toLanguageModelError(e);
    } finally {
      abort.controller.abort();
      abort.dispose();
      live.end();
    }
    if (gate.alarm) progress.report(new vscode.LanguageModelTextPart(`\n\n${alarmWarning(gate.alarm, gate.alarm.ruleId ? this.monitor.ruleById(gate.alarm.ruleId)?.note : undefined)}`));
  }

  /** Monitors a tool call's arguments (an agent's terminal command, a file edit; JSON text as streamed) before it is passed on. */
  private async toolCallIsSafe(name: string, args: string, progress: vscode.Progress<vscode.LanguageModelResponsePart>): Promise<boolean> {
    const record = await this.monitor.replay({ kind: 'chat', source: 'agent', text: toolCallText(name, args), chunkSize: 4096 });
    if (!record.alarm) return true;
    const f = record.findings[0];
    progress.report(new vscode.LanguageModelTextPart(`\n\n**Vigil blocked a tool call** (\`${name}\`): ${f?.message ?? 'unsafe arguments'}${f?.cwe ? ` (${f.cwe})` : ''}. It was not run.`));
    return false;
  }

  async provideTokenCount(_model: GuardedModel, text: string | vscode.LanguageModelChatRequestMessage): Promise<number> {
    // No tokenizer ships offline: about four characters a token is what BPE tokenizers average on code and English.
    const s = typeof text === 'string' ? text : textOf(text.content as unknown[]);
    return Math.ceil(s.length / 4);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function toLanguageModelError(e: unknown): Error {
  if (!isUpstreamError(e)) return e instanceof Error ? e : new Error(String(e));
  const err = e as UpstreamError;
  if (err.kind === 'auth') return vscode.LanguageModelError.NoPermissions(err.message);
  if (err.kind === 'not-found') return vscode.LanguageModelError.NotFound(err.message);
  return new Error(err.message);
}
