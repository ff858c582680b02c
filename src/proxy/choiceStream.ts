import { Engine, LanguageId, RuleOverrides, StreamKind } from '../core';
import { GateAlarm, GateResult, HoldBackGate } from '../core/gate/holdBackGate';
import { ProxyEvent, StreamOutcome } from './events';
import { alarmWarning, toolCallWarning } from './warning';

/** What every stream of one request shares. */
export interface RequestMonitor {
  engine: Engine;
  requestId: string;
  route: string;
  model?: string;
  kind: StreamKind;
  language?: LanguageId;
  languageSource?: string;
  /** Document text before the completion (code streams). */
  context?: string;
  streamed: boolean;
  maxHoldChars?: number;
  threshold?: number;
  ruleOverrides?: RuleOverrides;
  emit(event: ProxyEvent): void;
}

/** Longest text collected before it is fed to the gate even without a line or sentence end. */
export const FEED_CHARS = 64;

/**
 * One monitored stream: a choice of an OpenAI answer, an Ollama answer, or one tool call of
 * either (rendered by `toolCallText`). Text goes through a hold-back gate; the owner writes out
 * only what `push`/`end` release, and on alarm the warning.
 *
 * Upstream chunks are a few characters each, but the gate releases only settled text (a complete
 * line of code or sentence of prose, or text beyond its hold limit), so the text is fed to it at
 * line and sentence ends, or every FEED_CHARS characters: the same releases, at the same chunks,
 * for a fraction of the monitoring work (parsing per line, not per token).
 */
export class ChoiceStream {
  readonly gate: HoldBackGate;
  private state: 'open' | StreamOutcome = 'open';
  private readonly started = Date.now();
  private released = '';
  private pending = '';
  private readonly feedAt: RegExp;

  /** `tool`: the function name, when this stream checks a tool call. */
  constructor(private readonly request: RequestMonitor, readonly choice: number, readonly tool?: string) {
    const session = request.engine.createSession({
      kind: request.kind,
      language: request.language,
      context: request.context,
      ...(request.threshold !== undefined ? { threshold: request.threshold } : {}),
      ...(request.ruleOverrides ? { ruleOverrides: request.ruleOverrides } : {}),
    });
    this.gate = new HoldBackGate(session, { maxHoldChars: request.maxHoldChars });
    // Where the gate may release: a line end, and in prose a sentence end (punctuation, then space).
    this.feedAt = request.kind === 'chat' ? /\n|[.!?]\s/ : /\n/;
    request.emit({
      type: 'stream', time: Date.now(), requestId: request.requestId, route: request.route, model: request.model,
      choice, ...(tool ? { tool } : {}), kind: request.kind, language: request.language, streamed: request.streamed,
      ...(request.languageSource ? { languageSource: request.languageSource } : {}),
    });
  }

  get closed(): boolean {
    return this.state !== 'open';
  }

  get alarmed(): boolean {
    return this.state === 'alarm';
  }

  push(text: string): GateResult {
    if (this.closed) return { release: '' };
    this.pending += text;
    // The new text and the character before it: a sentence end may straddle two chunks.
    if (this.pending.length < FEED_CHARS && !this.feedAt.test(this.pending.slice(-text.length - 1))) return { release: '' };
    const feed = this.pending;
    this.pending = '';
    return this.track(this.gate.push(feed));
  }

  /** The upstream finished this stream: the final check, then the rest (or the alarm). */
  end(): GateResult {
    if (this.closed) return { release: '' };
    const fed = this.pending ? this.gate.push(this.pending) : { release: '' };
    this.pending = '';
    if (fed.alarm) return this.track(fed);
    const ended = this.gate.end();
    return this.track({ release: fed.release + ended.release, ...(ended.alarm ? { alarm: ended.alarm } : {}) });
  }

  /** The text that replaces the withheld rest after an alarm. */
  warning(alarm: GateAlarm): string {
    return alarmWarning(alarm, this.request.kind, this.request.language, this.released);
  }

  /** The text that ends this choice after its text when one of its tool calls (`tool`) was stopped. */
  toolCallWarning(alarm: GateAlarm, tool: string): string {
    return toolCallWarning(alarm, tool, this.released);
  }

  /**
   * Ends the stream's life and reports it once. A stream that did not end normally (alarm, client
   * gone, upstream failure) still has its session ended, which frees its syntax tree but costs a
   * final parse: that runs later, one session per turn of the event loop, so that many streams
   * closing at once do not hold up the others; the report follows it.
   */
  close(outcome: StreamOutcome): void {
    if (this.closed) return;
    this.state = outcome;
    const pending = this.pending;
    this.pending = '';
    if (outcome === 'complete') return this.report(outcome);
    later(() => {
      const session = this.gate.session;
      if (pending && !session.alarmed) session.push(pending); // for the record; nothing is released now
      session.end();
      this.report(outcome);
    });
  }

  private report(outcome: StreamOutcome): void {
    const session = this.gate.session;
    const r = this.request;
    const event = {
      type: 'stream-end' as const, time: Date.now(), requestId: r.requestId, route: r.route, model: r.model,
      choice: this.choice, ...(this.tool ? { tool: this.tool } : {}), kind: r.kind, language: r.language, outcome,
      chars: session.length, releasedChars: this.gate.releasedLength,
      findings: session.findings.map(f => ({ ruleId: f.ruleId, cwe: f.cwe, status: f.status, line: f.start.line })),
      minSafety: session.minSafety, durationMs: Date.now() - this.started,
    };
    Object.defineProperty(event, 'session', { value: session, enumerable: false });
    r.emit(event as ProxyEvent);
  }

  private track(result: GateResult): GateResult {
    this.released += result.release;
    if (result.alarm) {
      const a = result.alarm;
      const r = this.request;
      r.emit({
        type: 'alarm', time: Date.now(), requestId: r.requestId, route: r.route, model: r.model,
        choice: this.choice, ...(this.tool ? { tool: this.tool } : {}), kind: r.kind, language: r.language,
        ruleId: a.ruleId, cwe: a.cwe, message: a.message, line: a.at?.line ?? null,
        safety: a.safety, threshold: a.threshold, withheldChars: this.gate.withheld.length,
      });
    }
    return result;
  }
}

/**
 * Monitors a complete text as one stream (an answer returned whole, a tool call's arguments) and
 * reports it like any other; the alarm when the text is unsafe.
 */
export function checkWhole(request: RequestMonitor, choice: number, text: string, tool?: string): GateAlarm | undefined {
  const stream = new ChoiceStream(request, choice, tool);
  const pushed = stream.push(text);
  const { alarm } = pushed.alarm ? pushed : stream.end();
  stream.close(alarm ? 'alarm' : 'complete');
  return alarm;
}

const deferred: (() => void)[] = [];
let draining = false;

/** Runs `task` on a later turn of the event loop, one queued task per turn. */
function later(task: () => void): void {
  deferred.push(task);
  if (!draining) {
    draining = true;
    setImmediate(drain);
  }
}

function drain(): void {
  const task = deferred.shift();
  try {
    task?.();
  } catch {
    // a failing final parse must not stop the others
  }
  if (deferred.length) setImmediate(drain);
  else draining = false;
}
