import { Frame } from '../core/upstream';
import { ChoiceStream, RequestMonitor } from './choiceStream';
import { StreamOutcome } from './events';

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
 * other fields (tool calls, usage, ids) are kept. On alarm the choice ends with a chunk whose text
 * is the warning and whose finish_reason is `content_filter`; once every expected choice is over
 * and one was stopped, `data: [DONE]` follows and the relay asks to stop.
 */
export class OpenAiSseRelay {
  private readonly choices = new Map<number, ChoiceStream>();
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
    let anyAlarm = false;
    for (const c of choices) {
      const index = typeof c.index === 'number' ? c.index : 0;
      const stream = this.stream(index);
      if (stream.closed) continue; // after its alarm or finish, a choice gets nothing more
      const delta = c.delta as Json | undefined;
      const text = this.chat ? delta?.content : c.text;
      let release = '';
      let alarm;
      if (typeof text === 'string' && text) ({ release, alarm } = stream.push(text));
      if (!alarm && c.finish_reason) {
        const r = stream.end();
        release += r.release;
        alarm = r.alarm;
      }
      if (alarm) {
        kept.push(this.alarmChoice(index, stream.warning(alarm)));
        stream.close('alarm');
        anyAlarm = true;
        continue;
      }
      if (this.chat) {
        if (typeof text === 'string' || release) c.delta = { ...delta, content: release };
      } else if (typeof text === 'string' || release) c.text = release;
      if (c.finish_reason) stream.close('complete');
      kept.push(c);
    }
    let out = choices.length && !kept.length ? '' : `${head}data: ${JSON.stringify({ ...chunk, choices: kept })}\n\n`;
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

  /** Final checks of the choices the upstream never finished, as chunks of their remaining text. */
  private flushOpen(): string {
    let out = '';
    for (const [index, stream] of this.choices) {
      if (stream.closed) continue;
      const { release, alarm } = stream.end();
      if (alarm) {
        out += `data: ${JSON.stringify({ ...this.template, choices: [this.alarmChoice(index, stream.warning(alarm))] })}\n\n`;
        stream.close('alarm');
        continue;
      }
      if (release) {
        const choice = this.chat ? { index, delta: { content: release }, finish_reason: null } : { index, text: release, finish_reason: null };
        out += `data: ${JSON.stringify({ ...this.template, choices: [choice] })}\n\n`;
      }
      stream.close('complete');
    }
    return out;
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
 * passed on with its text replaced by what the gate releases; on alarm the stream ends with a
 * `done: true` line whose text is the warning and whose `done_reason` is `content_filter`.
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
      return { out: `${JSON.stringify(this.alarmLine(this.stream.warning(alarm)))}\n`, stop: true };
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
    if (!alarm && chunk.done === true) {
      const r = stream.end();
      release += r.release;
      alarm = r.alarm;
    }
    if (alarm) {
      stream.close('alarm');
      this.finished = true;
      return `${JSON.stringify(this.alarmLine(stream.warning(alarm)))}\n`;
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
  const check = (index: number, text: string): string | undefined => {
    const stream = new ChoiceStream(monitor, index);
    const pushed = stream.push(text);
    const { alarm } = pushed.alarm ? pushed : stream.end();
    stream.close(alarm ? 'alarm' : 'complete');
    return alarm ? stream.warning(alarm) : undefined;
  };
  if (api === 'ollama') {
    const chat = monitor.route === '/api/chat';
    const message = body.message as Json | undefined;
    const text = chat ? message?.content : body.response;
    if (typeof text !== 'string' || !text) return body;
    const warning = check(0, text);
    if (warning === undefined) return body;
    return chat
      ? { ...body, message: { ...message, content: warning }, done_reason: 'content_filter' }
      : { ...body, response: warning, done_reason: 'content_filter' };
  }
  if (!Array.isArray(body.choices)) return body;
  const chat = monitor.route.endsWith('chat/completions');
  const choices = (body.choices as Json[]).map((c, i) => {
    const index = typeof c.index === 'number' ? c.index : i;
    const message = c.message as Json | undefined;
    const text = chat ? message?.content : c.text;
    if (typeof text !== 'string' || !text) return c;
    const warning = check(index, text);
    if (warning === undefined) return c;
    return chat
      ? { ...c, message: { ...message, content: warning, tool_calls: undefined }, finish_reason: 'content_filter' }
      : { ...c, text: warning, finish_reason: 'content_filter' };
  });
  return { ...body, choices };
}
