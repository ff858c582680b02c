import { Engine, LanguageId, RuleOverrides, StreamKind } from '../core';
import { GateAlarm, GateResult, HoldBackGate } from '../core/gate/holdBackGate';
import { ProxyEvent, StreamOutcome } from './events';
import { alarmWarning } from './warning';

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

/**
 * One monitored stream: a choice of an OpenAI answer, or an Ollama answer. Text goes through a
 * hold-back gate; the owner writes out only what `push`/`end` release, and on alarm the warning.
 */
export class ChoiceStream {
  readonly gate: HoldBackGate;
  private state: 'open' | StreamOutcome = 'open';
  private readonly started = Date.now();
  private released = '';

  constructor(private readonly request: RequestMonitor, readonly choice: number) {
    const session = request.engine.createSession({
      kind: request.kind,
      language: request.language,
      context: request.context,
      ...(request.threshold !== undefined ? { threshold: request.threshold } : {}),
      ...(request.ruleOverrides ? { ruleOverrides: request.ruleOverrides } : {}),
    });
    this.gate = new HoldBackGate(session, { maxHoldChars: request.maxHoldChars });
    request.emit({
      type: 'stream', time: Date.now(), requestId: request.requestId, route: request.route, model: request.model,
      choice, kind: request.kind, language: request.language, streamed: request.streamed,
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
    return this.track(this.gate.push(text));
  }

  /** The upstream finished this stream: the final check, then the rest (or the alarm). */
  end(): GateResult {
    if (this.closed) return { release: '' };
    return this.track(this.gate.end());
  }

  /** The text that replaces the withheld rest after an alarm. */
  warning(alarm: GateAlarm): string {
    return alarmWarning(alarm, this.request.kind, this.request.language, this.released);
  }

  /** Ends the stream's life: reports it once. */
  close(outcome: StreamOutcome): void {
    if (this.closed) return;
    this.state = outcome;
    const session = this.gate.session;
    session.end(); // a no-op when the gate already ended it
    const r = this.request;
    const event = {
      type: 'stream-end' as const, time: Date.now(), requestId: r.requestId, route: r.route, model: r.model,
      choice: this.choice, kind: r.kind, language: r.language, outcome,
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
        choice: this.choice, kind: r.kind, language: r.language,
        ruleId: a.ruleId, cwe: a.cwe, message: a.message, line: a.at?.line ?? null,
        safety: a.safety, threshold: a.threshold, withheldChars: this.gate.withheld.length,
      });
    }
    return result;
  }
}
