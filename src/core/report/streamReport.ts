import { Finding, StreamKind } from '../monitor/types';

/**
 * The outcome of monitoring one stream or scanning one file, as reports need it: what was
 * monitored, whether and where the alarm fired, and the findings left standing at the end.
 */
export interface StreamReport {
  /** The file path as the user gave it (`-` for standard input), or a document URI. */
  path: string;
  /** The language the text was analysed as; null for chat answers and code without a grammar. */
  language: string | null;
  kind: StreamKind;
  alarm: boolean;
  /** Stream length (UTF-16 code units) when the alarm fired; null without an alarm. */
  alarmOffset: number | null;
  /** The lowest s_t seen over the stream. */
  minSafety: number;
  /** λ the alarm compared s_t against. */
  threshold: number;
  /** Live findings at the end, in stream order. */
  findings: Finding[];
  /** The monitored text, when kept (SARIF uses it for fingerprints and snippets). */
  text?: string;
  /**
   * Where the stream starts in its document, when it was inserted into one (an inline
   * completion): stream positions are shifted by it in reports. Zero-based.
   */
  startAt?: { line: number; character: number };
}
