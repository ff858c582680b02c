import { MonitorSession } from '../monitor/session';
import { Finding } from '../monitor/types';

/** What the caller is told when the gate stops a stream. */
export interface GateAlarm {
  ruleId: string | null;
  cwe: string | null;
  message: string;
  /** Stream offset where the alarm fired (characters received so far). */
  offset: number;
  /** Where the flagged construct starts in the stream. */
  at: { offset: number; line: number; character: number } | null;
  safety: number;
  threshold: number;
  findings: Finding[];
}

export interface GateResult {
  /** Text that may be shown to the user now (possibly empty). */
  release: string;
  /** Set once, when the stream is stopped. */
  alarm?: GateAlarm;
}

export interface GateOptions {
  /** Most characters held back at once; beyond it the oldest are released (bounded latency). */
  maxHoldChars?: number;
}

export const DEFAULT_MAX_HOLD_CHARS = 400;

/**
 * A streaming gate between a model and the user. Each chunk goes to the monitoring session;
 * text is released only once it is settled (its line or sentence is complete, the construct it
 * belongs to parses, no tentative finding lies in it) and no alarm has fired. On alarm the gate
 * stops: what it holds is never released, and the caller gets the alarm record to cancel the
 * upstream and warn the user.
 */
export class HoldBackGate {
  private released = 0;
  private stoppedBy: GateAlarm | undefined;
  private readonly maxHold: number;

  constructor(readonly session: MonitorSession, options: GateOptions = {}) {
    this.maxHold = Math.max(0, options.maxHoldChars ?? DEFAULT_MAX_HOLD_CHARS);
  }

  get stopped(): boolean {
    return this.stoppedBy !== undefined;
  }

  get alarm(): GateAlarm | undefined {
    return this.stoppedBy;
  }

  /** Characters released so far. */
  get releasedLength(): number {
    return this.released;
  }

  /** Text received but not released (after a stop: the text the user never saw). */
  get withheld(): string {
    return this.session.streamText.slice(this.released);
  }

  push(chunk: string): GateResult {
    if (this.stoppedBy) return { release: '' };
    this.session.push(chunk);
    return this.step(false);
  }

  /** The stream is complete: release the rest unless the final check raises the alarm. */
  end(): GateResult {
    if (this.stoppedBy) return { release: '' };
    this.session.end();
    return this.step(true);
  }

  private step(ended: boolean): GateResult {
    const session = this.session;
    const text = session.streamText;
    if (session.alarmed) {
      this.stoppedBy = this.describe();
      return { release: '', alarm: this.stoppedBy };
    }
    let to = ended ? text.length : session.settledLength();
    if (!ended && text.length - to > this.maxHold) to = text.length - this.maxHold;
    if (to <= this.released) return { release: '' };
    const release = text.slice(this.released, to);
    this.released = to;
    return { release };
  }

  private describe(): GateAlarm {
    const s = this.session;
    const findings = s.findings;
    // The strongest reason: a confirmed error first, then by position.
    const rank = (f: Finding) => (f.status === 'confirmed' ? 0 : 1) * 10 + ({ error: 0, warning: 1, info: 2 } as const)[f.severity];
    const top = [...findings].sort((a, b) => rank(a) - rank(b) || a.start.offset - b.start.offset)[0];
    return {
      ruleId: top?.ruleId ?? null,
      cwe: top?.cwe ?? null,
      message: top?.message ?? 'the monitor judged this output unsafe',
      offset: s.alarmOffset ?? s.length,
      at: top ? { offset: top.start.offset, line: top.start.line, character: top.start.character } : null,
      safety: s.minSafety,
      threshold: s.threshold,
      findings,
    };
  }
}
