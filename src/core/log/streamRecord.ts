import { Finding, StreamKind } from '../monitor/types';

/** Where a monitored stream came from. */
export type StreamSource = 'inline' | 'chat' | 'agent' | 'participant' | 'model' | 'proxy' | 'demo' | 'other';

export type Verdict = 'unsafe' | 'false-alarm';

/** One monitored stream as kept for review: its text, findings, signal trajectory and alarm. */
export interface StreamRecord {
  id: string;
  /** When the stream started, ms since the epoch. */
  time: number;
  source: StreamSource;
  kind: StreamKind;
  language?: string;
  /** The document the text went into, when there is one (a URI string). */
  uri?: string;
  /** Where the text starts in that document (zero-based). */
  insertAt?: { line: number; character: number };
  text: string;
  findings: Finding[];
  /** (offset, s_t) after each chunk. */
  trajectory: [number, number][];
  alarm: boolean;
  alarmOffset: number | null;
  minSafety: number;
  threshold: number;
  /** How λ was chosen, in words ("default λ", "CRC, false alarms ≤ 5%"). */
  method: string;
  /** Offset where the first finding starts (the onset as the monitor sees it). */
  onset: number | null;
  verdict?: Verdict;
  /** True when the user chose to see text the monitor had withheld. */
  override?: boolean;
}
