import { CodeSegment, CodeSegmentLimits } from '../analysis/codeSegment';
import { FindingChange, LocalFinding } from '../analysis/localFinding';
import { FindingOrigin, SourcedChange } from '../analysis/sourcedChange';
import { ChatStream } from '../chat/chatStream';
import { LanguageId } from '../languages';
import { GrammarRegistry } from '../parsing/grammars';
import { ProseAnalyzer } from '../prose/proseAnalyzer';
import { RuleSet } from '../rules/ruleSet';
import { Clock } from '../services';
import { LineIndex } from '../text/lineIndex';
import { AlarmPolicy, AlarmRun } from './alarmPolicy';
import { Finding, MonitorEvent, RuleOverrides, StreamKind } from './types';
import { VerifierRun } from './verifier';

/** Characters of document context kept before a completion: enough to parse it in place, bounded for speed. */
export const MAX_CONTEXT_CHARS = 64 * 1024;
/** Streams longer than this are recorded but not analysed further. */
export const MAX_STREAM_CHARS = 32 * 1024 * 1024;

export interface SessionDeps {
  rules: RuleSet;
  grammars: GrammarRegistry;
  clock: Clock;
  limits: CodeSegmentLimits;
  verifier: VerifierRun;
  policy: AlarmPolicy;
  overrides: RuleOverrides;
}

/** Trims document context to at most MAX_CONTEXT_CHARS, starting at a line boundary. */
export function boundedContext(context: string | undefined): string {
  if (!context) return '';
  if (context.length <= MAX_CONTEXT_CHARS) return context;
  const cut = context.length - MAX_CONTEXT_CHARS;
  const nl = context.indexOf('\n', cut);
  return nl < 0 ? context.slice(cut) : context.slice(nl + 1);
}

/**
 * Monitors one stream: `push` each chunk as it arrives, `end` when it is complete. After every
 * chunk the session has s_t (`safety`); the alarm fires at the first chunk where the policy says
 * so (by default s_t < λ) and stays raised.
 */
export class MonitorSession {
  private text = '';
  private readonly lines = new LineIndex();
  private readonly live = new Map<string, Finding>();
  private readonly all = new Map<string, Finding>();
  private nextId = 1;
  private readonly code?: CodeSegment;
  private readonly chat?: ChatStream;
  private readonly alarmRun: AlarmRun;
  private ended = false;
  private halted: string | undefined;
  private listeners: ((e: MonitorEvent) => void)[] = [];
  private pendingNotices: string[] = [];
  private readonly contextLength: number;

  /** s_t after the last chunk. */
  safety = 1;
  minSafety = 1;
  alarmOffset: number | null = null;
  /** (offset, s_t) after every chunk: the signal trajectory. */
  readonly trajectory: { offset: number; safety: number }[] = [];

  constructor(
    readonly kind: StreamKind,
    readonly language: LanguageId | undefined,
    private readonly deps: SessionDeps,
    context = '',
    notices: readonly string[] = [],
  ) {
    this.pendingNotices.push(...notices);
    this.contextLength = context.length;
    this.alarmRun = deps.policy.start();
    const enabled = (id: string) => deps.overrides[id] !== 'off';
    const notice = (m: string) => this.pendingNotices.push(m);
    const segment = (language: LanguageId | undefined, reportFrom = 0) =>
      new CodeSegment({
        language, rules: deps.rules, grammars: deps.grammars, clock: deps.clock, limits: deps.limits, enabled, reportFrom, notice,
        // Code in a language without a grammar is still checked by the rules that apply to any text.
        fallbackRules: kind === 'chat' ? deps.rules.blockFallbackRules() : deps.rules.universalRules(),
      });
    if (kind === 'code') {
      this.code = segment(language, context.length);
      if (context) this.code.append(context, [], deps.limits.finalParseBudgetMs);
    } else {
      this.chat = new ChatStream(new ProseAnalyzer(deps.rules.proseRules(), enabled), ({ language: l }) => segment(l));
    }
  }

  get threshold(): number {
    return this.deps.policy.threshold;
  }

  get alarmed(): boolean {
    return this.alarmOffset !== null;
  }

  get length(): number {
    return this.text.length;
  }

  /** The stream text received so far. */
  get streamText(): string {
    return this.text;
  }

  /** Live findings (tentative and confirmed), in stream order. */
  get findings(): Finding[] {
    return [...this.live.values()].sort((a, b) => a.start.offset - b.start.offset || a.ruleId.localeCompare(b.ruleId));
  }

  /** Every finding ever made, withdrawn ones included. */
  get allFindings(): Finding[] {
    return [...this.all.values()];
  }

  /**
   * How much of the stream is settled: text before this offset is in complete lines or
   * sentences, in constructs that parse, and in no tentative finding. The hold-back gate
   * releases only settled text.
   */
  settledLength(): number {
    if (this.ended || this.halted) return this.text.length;
    let settled = this.code ? Math.max(0, this.code.settledLength() - this.contextLength) : this.chat!.settledLength();
    for (const f of this.live.values()) if (f.status === 'tentative') settled = Math.min(settled, f.start.offset);
    return Math.max(0, Math.min(settled, this.text.length));
  }

  onEvent(listener: (e: MonitorEvent) => void): void {
    this.listeners.push(listener);
  }

  push(chunk: string): MonitorEvent[] {
    if (this.ended) throw new Error('push after end: a session monitors one stream');
    const events: MonitorEvent[] = [];
    if (!chunk) return events;
    this.text += chunk;
    this.lines.append(chunk);
    if (!this.halted) {
      if (chunk.includes('\u0000')) this.halt('the stream contains binary data (NUL characters); the rest is not analysed', events);
      else if (this.text.length > MAX_STREAM_CHARS) this.halt(`the stream is longer than ${MAX_STREAM_CHARS} characters; the rest is not analysed`, events);
      else {
        const changes: SourcedChange[] = [];
        this.deps.verifier.observe(chunk);
        if (this.code) {
          const local: FindingChange[] = [];
          this.code.append(chunk, local);
          for (const c of local) changes.push({ ...c, base: -this.contextLength, origin: this.code.language ?? 'text', segment: 0 });
        } else this.chat!.append(chunk, changes);
        this.apply(changes, events);
      }
    }
    this.flushNotices(events);
    this.signal(events);
    return this.emit(events);
  }

  end(): MonitorEvent[] {
    if (this.ended) return [];
    const events: MonitorEvent[] = [];
    if (!this.halted) {
      const changes: SourcedChange[] = [];
      if (this.code) {
        const local: FindingChange[] = [];
        this.code.finish(local);
        for (const c of local) changes.push({ ...c, base: -this.contextLength, origin: this.code.language ?? 'text', segment: 0 });
      } else this.chat!.finish(changes);
      this.apply(changes, events);
      this.flushNotices(events);
      this.signal(events);
    } else {
      this.code?.dispose();
    }
    this.ended = true;
    events.push({ type: 'end', offset: this.text.length, time: this.deps.clock.now(), alarm: this.alarmed, alarmOffset: this.alarmOffset, minSafety: this.minSafety, safety: this.safety });
    return this.emit(events);
  }

  private halt(message: string, events: MonitorEvent[]): void {
    this.halted = message;
    this.pendingNotices.push(message);
    this.flushNotices(events);
  }

  private flushNotices(events: MonitorEvent[]): void {
    for (const message of this.pendingNotices.splice(0)) events.push({ type: 'notice', offset: this.text.length, time: this.deps.clock.now(), level: 'warning', message });
  }

  private apply(changes: SourcedChange[], events: MonitorEvent[]): void {
    for (const c of changes) {
      const key = `${c.segment}:${c.finding.key}`;
      let finding = this.all.get(key);
      if (!finding || (c.kind === 'added' && finding.status === 'withdrawn')) {
        finding = this.toFinding(c.finding, c.base, c.origin);
        this.all.set(key, finding);
      } else {
        Object.assign(finding, this.toFinding(c.finding, c.base, c.origin, finding.id));
      }
      if (c.kind === 'withdrawn') this.live.delete(key);
      else this.live.set(key, finding);
      events.push({ type: 'finding', offset: this.text.length, time: this.deps.clock.now(), change: c.kind, finding: { ...finding } });
    }
  }

  private toFinding(f: LocalFinding, base: number, origin: FindingOrigin, id = this.nextId++): Finding {
    const at = (local: number) => this.lines.positionAt(Math.max(0, base + local));
    const override = this.deps.overrides[f.rule.id];
    return {
      id,
      ruleId: f.rule.id,
      cwe: f.rule.cwe[0] ?? null,
      severity: override && override !== 'off' ? override : f.rule.severity,
      ...(override && override !== 'off' && override !== f.rule.severity ? { severityFromSettings: true } : {}),
      confidence: f.rule.confidence,
      message: f.rule.message,
      status: f.status,
      start: at(f.start),
      end: at(f.end),
      origin,
      ...(f.fix ? { fix: { title: f.fix.title, start: at(f.fix.start), end: at(f.fix.end), text: f.fix.text } } : {}),
    };
  }

  private signal(events: MonitorEvent[]): void {
    const findings = [...this.live.values()];
    const safety = this.deps.verifier.score(findings);
    this.safety = safety;
    this.minSafety = Math.min(this.minSafety, safety);
    const offset = this.text.length;
    const time = this.deps.clock.now();
    this.trajectory.push({ offset, safety });
    events.push({ type: 'signal', offset, time, safety, threshold: this.threshold });
    if (!this.alarmed && this.alarmRun.update(safety)) {
      this.alarmOffset = offset;
      const driving = findings.filter(f => f.status !== 'withdrawn');
      events.push({ type: 'alarm', offset, time, safety, threshold: this.threshold, findingIds: driving.map(f => f.id), ruleIds: [...new Set(driving.map(f => f.ruleId))] });
    }
  }

  private emit(events: MonitorEvent[]): MonitorEvent[] {
    for (const l of this.listeners) for (const e of events) l(e);
    return events;
  }
}
