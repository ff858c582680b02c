import { Frame } from '../core/upstream';
import { checkWhole, ChoiceStream, RequestMonitor } from './choiceStream';
import { StreamOutcome } from './events';
import { StreamedToolCalls, toolCallsOf, unsafeToolCall, UnsafeToolCall } from './toolCalls';
import { alarmWarning, toolCallWarning } from './warning';

/** What a relay gives back for some upstream input: text to write, and whether the stream is over. */
export interface RelayOutput {
  out: string;
  /** The stream was stopped (alarm on every choice): end the response and close the upstream. */
  stop: boolean;
}

type Json = Record<string, unknown>;

/**
 * Relays an OpenAI-compatible SSE stream (chat or completions) through one gate per choice. Every
 * upstream chunk is passed on with its text replaced by what the gate releases (possibly empty);
 * other fields (usage, ids) are kept. Tool calls are held back until their choice finishes, then
 * checked and passed on whole, one chunk per call before the finishing chunk. On alarm (in the
 * text or a tool call) the choice ends with a chunk whose text is the warning and whose
 * finish_reason is `content_filter`; once every expected choice is over and one was stopped,
 * `data: [DONE]` follows and the relay asks to stop.
 */
export class OpenAiSseRelay {
  private readonly choices = new Map<number, ChoiceStream>();
  private readonly toolCalls = new Map<number, StreamedToolCalls>();
  private template: Json = {};
  private finished = false;

  private readonly chat: boolean;

  constructor(private readonly monitor: RequestMonitor, private readonly expectedChoices: number) {
    this.chat = monitor.route.endsWith('chat/completions');
  }

  frames(frames: Frame[]): RelayOutput {
    let out = '';
    for (const frame of frames) {
      if (this.finished) break;
      if (frame.type === 'comment') {
        out += `:${frame.text}\n\n`;
        continue;
      }
      const r = this.frame(frame.data, frame.event);
      out += r;
    }
    return { out, stop: this.finished };
  }

  /** The upstream body ended cleanly: final checks on open choices, remaining text, no [DONE] unless it came. */
  end(): RelayOutput {
    if (this.finished) return { out: '', stop: true };
    const out = this.flushOpen();
    return { out, stop: true };
  }

  /** The exchange broke off (client gone, upstream failed): report every open stream. */
  abort(outcome: StreamOutcome): void {
    for (const c of this.choices.values()) c.close(outcome);
    this.finished = true;
  }

  private frame(data: string, event: string | undefined): string {
    const head = event ? `event: ${event}\n` : '';
    if (data.trim() === '[DONE]') {
      const out = this.flushOpen();
      this.finished = true;
      return `${out}${head}data: [DONE]\n\n`;
    }
    let chunk: Json;
    try {
      chunk = JSON.parse(data) as Json;
    } catch {
      return `${head}${dataLines(data)}\n`;
    }
    if (!chunk || typeof chunk !== 'object' || !Array.isArray(chunk.choices)) return `${head}data: ${data}\n\n`;
    this.template = { id: chunk.id, object: chunk.object, created: chunk.created, model: chunk.model, ...(chunk.system_fingerprint ? { system_fingerprint: chunk.system_fingerprint } : {}) };
    const choices = chunk.choices as Json[];
    const kept: Json[] = [];
    let calls = ''; // the tool calls of choices that finish in this chunk, passed on ahead of it
    let anyAlarm = false;
    for (const c of choices) {
      const index = typeof c.index === 'number' ? c.index : 0;
      const stream = this.stream(index);
      if (stream.closed) continue; // after its alarm or finish, a choice gets nothing more
      let delta = c.delta as Json | undefined;
      const hasCalls = this.chat && !!delta && (delta.tool_calls !== undefined || delta.function_call !== undefined);
      let tools = this.toolCalls.get(index);
      if (hasCalls) {
        if (!tools) this.toolCalls.set(index, (tools = new StreamedToolCalls()));
        c.delta = delta = tools.take(delta!);
      }
      const text = this.chat ? delta?.content : c.text;
      let release = '';
      let alarm;
      if (typeof text === 'string' && text) ({ release, alarm } = stream.push(text));
      if (alarm) {
        // Text the gate released before the alarm is safe and counted as sent: it leads the warning.
        kept.push(this.alarmChoice(index, release + stream.warning(alarm)));
        stream.close('alarm');
        this.toolCalls.delete(index);
        anyAlarm = true;
        continue;
      }
      // A call is complete once the next one starts: an unsafe one stops the choice there.
      const complete = hasCalls && !c.finish_reason ? tools!.takeComplete() : [];
      const early = complete.length ? unsafeToolCall(this.monitor, index, complete) : undefined;
      if (early) {
        const end = this.finish(index, stream, early);
        kept.push(this.alarmChoice(index, release + end.release + end.warning!));
        anyAlarm = true;
        continue;
      }
      if (c.finish_reason) {
        const end = this.finish(index, stream);
        if (end.warning !== undefined) {
          kept.push(this.alarmChoice(index, release + end.release + end.warning));
          anyAlarm = true;
          continue;
        }
        release += end.release;
        for (const d of end.calls) calls += `${head}data: ${JSON.stringify({ ...this.template, choices: [{ index, delta: d, logprobs: null, finish_reason: null }] })}\n\n`;
      }
      if (this.chat) {
        if (typeof text === 'string' || release) c.delta = delta = { ...delta, content: release };
      } else if (typeof text === 'string' || release) c.text = release;
      // A delta that held only tool-call fragments has nothing to pass on yet.
      if (hasCalls && !c.finish_reason && !Object.keys(delta ?? {}).length) continue;
      kept.push(c);
    }
    let out = calls + (choices.length && !kept.length ? '' : `${head}data: ${JSON.stringify({ ...chunk, choices: kept })}\n\n`);
    if (anyAlarm && this.allOver()) {
      out += this.flushOpen() + 'data: [DONE]\n\n';
      this.finished = true;
    }
    return out;
  }

  private stream(index: number): ChoiceStream {
    let s = this.choices.get(index);
    if (!s) this.choices.set(index, (s = new ChoiceStream(this.monitor, index)));
    return s;
  }

  /** Every expected choice has finished or been stopped. */
  private allOver(): boolean {
    for (let i = 0; i < this.expectedChoices; i++) if (!this.choices.get(i)?.closed) return false;
    return [...this.choices.values()].every(c => c.closed);
  }

  /** Final checks of the choices the upstream never finished, as chunks of their remaining text and tool calls. */
  private flushOpen(): string {
    let out = '';
    const send = (choice: Json) => (out += `data: ${JSON.stringify({ ...this.template, choices: [choice] })}\n\n`);
    for (const [index, stream] of this.choices) {
      if (stream.closed) continue;
      const end = this.finish(index, stream);
      if (end.warning !== undefined) {
        send(this.alarmChoice(index, end.release + end.warning));
        continue;
      }
      if (end.release) send(this.chat ? { index, delta: { content: end.release }, finish_reason: null } : { index, text: end.release, finish_reason: null });
      for (const delta of end.calls) send({ index, delta, logprobs: null, finish_reason: null });
    }
    return out;
  }

  /**
   * Ends a choice: the final check of its text, then of its tool calls not checked yet (`found`: one
   * already found unsafe). Closes the choice's stream; returns the deltas that pass the calls on,
   * or the warning that replaces them.
   */
  private finish(index: number, stream: ChoiceStream, found?: UnsafeToolCall): { release: string; calls: Json[]; warning?: string } {
    const { release, alarm } = stream.end();
    const tools = this.toolCalls.get(index);
    this.toolCalls.delete(index);
    if (alarm) {
      stream.close('alarm');
      return { release, calls: [], warning: stream.warning(alarm) };
    }
    stream.close('complete');
    const unsafe = found ?? (tools?.size ? unsafeToolCall(this.monitor, index, tools.unchecked()) : undefined);
    if (unsafe) return { release, calls: [], warning: stream.toolCallWarning(unsafe.alarm, unsafe.call.name) };
    return { release, calls: tools?.deltas() ?? [] };
  }

  private alarmChoice(index: number, warning: string): Json {
    return this.chat
      ? { index, delta: { content: warning }, logprobs: null, finish_reason: 'content_filter' }
      : { index, text: warning, logprobs: null, finish_reason: 'content_filter' };
  }
}

/** Multi-line SSE data, as it came. */
function dataLines(data: string): string {
  return data.split('\n').map(l => `data: ${l}\n`).join('');
}

/**
 * Relays an Ollama NDJSON stream (`/api/chat` or `/api/generate`) through one gate. Each line is
 * passed on with its text replaced by what the gate releases; tool calls, which Ollama sends
 * whole, are checked in the line that brings them. On alarm the stream ends with a `done: true`
 * line whose text is the warning and whose `done_reason` is `content_filter`.
 */
export class OllamaNdjsonRelay {
  private stream: ChoiceStream | undefined;
  private finished = false;
  private last: Json = {};

  private readonly chat: boolean;

  constructor(private readonly monitor: RequestMonitor) {
    this.chat = monitor.route === '/api/chat';
  }

  lines(lines: string[]): RelayOutput {
    let out = '';
    for (const line of lines) {
      if (this.finished) break;
      out += this.line(line);
    }
    return { out, stop: this.finished };
  }

  end(): RelayOutput {
    if (this.finished || !this.stream || this.stream.closed) return { out: '', stop: true };
    const { release, alarm } = this.stream.end();
    this.finished = true;
    if (alarm) {
      this.stream.close('alarm');
      return { out: `${JSON.stringify(this.alarmLine(release + this.stream.warning(alarm)))}\n`, stop: true };
    }
    this.stream.close('complete');
    return { out: release ? `${JSON.stringify(this.withText({ ...this.last, done: false }, release))}\n` : '', stop: true };
  }

  abort(outcome: StreamOutcome): void {
    this.stream?.close(outcome);
    this.finished = true;
  }

  private line(line: string): string {
    let chunk: Json;
    try {
      chunk = JSON.parse(line) as Json;
    } catch {
      return `${line}\n`;
    }
    if (!chunk || typeof chunk !== 'object' || chunk.error !== undefined) return `${line}\n`;
    this.last = { model: chunk.model, created_at: chunk.created_at };
    const stream = (this.stream ??= new ChoiceStream(this.monitor, 0));
    const message = chunk.message as Json | undefined;
    const text = this.chat ? message?.content : chunk.response;
    let release = '';
    let alarm;
    if (typeof text === 'string' && text) ({ release, alarm } = stream.push(text));
    const calls = this.chat && !alarm ? toolCallsOf(message) : [];
    const unsafe = calls.length ? unsafeToolCall(this.monitor, 0, calls) : undefined;
    if (!alarm && (chunk.done === true || unsafe)) {
      const r = stream.end();
      release += r.release;
      alarm = r.alarm;
    }
    if (alarm) {
      stream.close('alarm');
      this.finished = true;
      return `${JSON.stringify(this.alarmLine(release + stream.warning(alarm)))}\n`;
    }
    if (unsafe) {
      // The text before the call was safe and is complete: it goes out, the warning in place of the call.
      stream.close('complete');
      this.finished = true;
      return `${JSON.stringify(this.alarmLine(release + stream.toolCallWarning(unsafe.alarm, unsafe.call.name)))}\n`;
    }
    if (chunk.done === true) {
      stream.close('complete');
      this.finished = true;
    }
    return `${JSON.stringify(typeof text === 'string' || release ? this.withText(chunk, release) : chunk)}\n`;
  }

  private withText(chunk: Json, text: string): Json {
    if (this.chat) return { ...chunk, message: { role: 'assistant', ...(chunk.message as Json | undefined), content: text } };
    return { ...chunk, response: text };
  }

  private alarmLine(warning: string): Json {
    return this.withText({ model: this.last.model, created_at: new Date().toISOString(), done: true, done_reason: 'content_filter' }, warning);
  }
}

/**
 * Scans a whole (non-streamed) answer before it is returned: each choice's text is monitored as
 * one stream; an unsafe one is replaced by the warning with finish_reason `content_filter`
 * (Ollama: `done_reason`). Returns the body to send.
 */
export function scanWholeAnswer(monitor: RequestMonitor, api: 'openai' | 'ollama', body: Json): Json {
  /** The warning for a choice's text and tool calls, or undefined when they are safe. */
  const check = (index: number, text: unknown, message: Json | undefined): string | undefined => {
    const content = typeof text === 'string' ? text : '';
    const alarm = content ? checkWhole(monitor, index, content) : undefined;
    // Whole, nothing of the text was sent: the warning replaces all of it.
    if (alarm) return alarmWarning(alarm, monitor.kind, monitor.language, '');
    const calls = toolCallsOf(message);
    const unsafe = calls.length ? unsafeToolCall(monitor, index, calls) : undefined;
    return unsafe ? content + toolCallWarning(unsafe.alarm, unsafe.call.name, content) : undefined;
  };
  const withoutCalls = (message: Json | undefined, content: string): Json => ({ ...message, content, tool_calls: undefined, function_call: undefined });
  if (api === 'ollama') {
    const chat = monitor.route === '/api/chat';
    const message = chat ? body.message as Json | undefined : undefined;
    const warning = check(0, chat ? message?.content : body.response, message);
    if (warning === undefined) return body;
    return chat
      ? { ...body, message: withoutCalls(message, warning), done_reason: 'content_filter' }
      : { ...body, response: warning, done_reason: 'content_filter' };
  }
  if (!Array.isArray(body.choices)) return body;
  const chat = monitor.route.endsWith('chat/completions');
  const choices = (body.choices as Json[]).map((c, i) => {
    const index = typeof c.index === 'number' ? c.index : i;
    const message = chat ? c.message as Json | undefined : undefined;
    const warning = check(index, chat ? message?.content : c.text, message);
    if (warning === undefined) return c;
    return chat
      ? { ...c, message: withoutCalls(message, warning), finish_reason: 'content_filter' }
      : { ...c, text: warning, finish_reason: 'content_filter' };
  });
  return { ...body, choices };
}
