import { Engine } from '../engine';
import { MonitorSession } from '../monitor/session';
import { MonitorEvent, SessionOptions } from '../monitor/types';
import { LabelledStream, StreamLabel } from './dataset';

/** Default chunk size (UTF-16 code units) for replaying a stream: roughly four tokens. */
export const DEFAULT_CHUNK = 16;

/**
 * Splits `text` into chunks of `size` code units, never between the two halves of a surrogate
 * pair (a real stream delivers whole characters).
 */
export function* chunksOf(text: string, size: number): Generator<string> {
  if (!(size >= 1)) throw new RangeError(`chunk size must be at least 1, got ${size}`);
  let i = 0;
  while (i < text.length) {
    let end = Math.min(text.length, i + size);
    if (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800 && (text.charCodeAt(end) & 0xfc00) === 0xdc00) end++;
    yield text.slice(i, end);
    i = end;
  }
}

/** Pushes `text` into `session` chunk by chunk and ends it; `onEvent` sees every event as it happens. */
export function replayText(session: MonitorSession, text: string, chunk: number, onEvent?: (e: MonitorEvent) => void): void {
  for (const piece of chunksOf(text, chunk)) {
    const events = session.push(piece);
    if (onEvent) for (const e of events) onEvent(e);
  }
  const events = session.end();
  if (onEvent) for (const e of events) onEvent(e);
}

/** What the monitor did with one labelled stream. */
export interface StreamOutcome {
  id: string;
  kind: LabelledStream['kind'];
  language?: string;
  source: string;
  label: StreamLabel;
  /** Stream length in UTF-16 code units. */
  length: number;
  onset: number | null;
  /** Stream length when the alarm fired; null without an alarm. */
  alarmOffset: number | null;
  minSafety: number;
  /** Rules with live findings at the end. */
  ruleIds: string[];
  /** (offset, s_t) after every chunk, when asked for: lets other thresholds be applied without replaying. */
  trajectory?: { offset: number; safety: number }[];
}

export interface ReplayOptions {
  chunk?: number;
  /** λ for the sessions; the engine's policy when absent. */
  threshold?: number;
  /** Keep each stream's s_t trajectory in its outcome. */
  keepTrajectory?: boolean;
}

/** Replays one labelled stream through a fresh session of `engine`. */
export function replayStream(engine: Engine, stream: LabelledStream, options: ReplayOptions = {}): StreamOutcome {
  const sessionOptions: SessionOptions = { kind: stream.kind, ...(stream.kind === 'code' ? { language: stream.language } : {}), ...(options.threshold !== undefined ? { threshold: options.threshold } : {}) };
  const session = engine.createSession(sessionOptions);
  replayText(session, stream.text, options.chunk ?? DEFAULT_CHUNK);
  return {
    id: stream.id,
    kind: stream.kind,
    ...(stream.language ? { language: stream.language } : {}),
    source: stream.source,
    label: stream.label,
    length: stream.text.length,
    onset: stream.onset,
    alarmOffset: session.alarmOffset,
    minSafety: session.minSafety,
    ruleIds: [...new Set(session.findings.map(f => f.ruleId))].sort(),
    ...(options.keepTrajectory ? { trajectory: session.trajectory.map(p => ({ ...p })) } : {}),
  };
}

/** Replays every stream; `progress` is called after each one (for a progress line). */
export function replayAll(engine: Engine, streams: readonly LabelledStream[], options: ReplayOptions = {}, progress?: (done: number, total: number) => void): StreamOutcome[] {
  const outcomes: StreamOutcome[] = [];
  for (const s of streams) {
    outcomes.push(replayStream(engine, s, options));
    progress?.(outcomes.length, streams.length);
  }
  return outcomes;
}

/**
 * Where the alarm of the threshold policy with λ = `threshold` would have fired on a recorded
 * trajectory: the offset of the first s_t < λ, or null.
 */
export function alarmOffsetAt(trajectory: readonly { offset: number; safety: number }[], threshold: number): number | null {
  for (const p of trajectory) if (p.safety < threshold) return p.offset;
  return null;
}
