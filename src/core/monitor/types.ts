import { FindingStatus } from '../analysis/localFinding';
import { FindingOrigin } from '../analysis/sourcedChange';
import { Confidence, Severity } from '../rules/types';
import { TextPosition } from '../text/lineIndex';

export type StreamKind = 'code' | 'chat';

/** A finding in stream coordinates (UTF-16 offsets into the monitored text, plus line/character). */
export interface Finding {
  /** Unique within its session. */
  id: number;
  ruleId: string;
  /** Primary CWE (`CWE-78`), or null when the rule names none. */
  cwe: string | null;
  severity: Severity;
  /** True when the user's rule setting (`vigil.rules`) chose the severity instead of the rule. */
  severityFromSettings?: boolean;
  confidence: Confidence;
  message: string;
  status: FindingStatus;
  start: TextPosition;
  end: TextPosition;
  /** The language of the code it was found in, `prose` for chat prose, `text` for code without a grammar. */
  origin: FindingOrigin;
  fix?: { title: string; start: TextPosition; end: TextPosition; text: string };
}

interface EventBase {
  /** Stream length (UTF-16 code units) when the event happened. */
  offset: number;
  /** Milliseconds since the epoch. */
  time: number;
}

export type FindingChangeKind = 'added' | 'updated' | 'withdrawn';

export interface FindingEvent extends EventBase {
  type: 'finding';
  change: FindingChangeKind;
  finding: Finding;
}

/** s_t after a chunk: the verifier's estimate that the stream so far is safe. */
export interface SignalEvent extends EventBase {
  type: 'signal';
  safety: number;
  threshold: number;
}

/** The first chunk with s_t below λ; raised once per stream and never lowered. */
export interface AlarmEvent extends EventBase {
  type: 'alarm';
  safety: number;
  threshold: number;
  /** The live findings that drove the signal down. */
  findingIds: number[];
  ruleIds: string[];
}

/** Something the user should know that is not a finding (a fallback, skipped input). */
export interface NoticeEvent extends EventBase {
  type: 'notice';
  level: 'info' | 'warning';
  message: string;
}

export interface EndEvent extends EventBase {
  type: 'end';
  alarm: boolean;
  alarmOffset: number | null;
  minSafety: number;
  safety: number;
}

export type MonitorEvent = FindingEvent | SignalEvent | AlarmEvent | NoticeEvent | EndEvent;

/** Rule choices of a user: a rule off, or its severity changed. */
export type RuleOverrides = Readonly<Record<string, 'off' | Severity>>;

export interface SessionOptions {
  kind: StreamKind;
  /** Required for `code` streams: the language of the completion (a VS Code id or alias works). */
  language?: string;
  /** For `code` streams: the document text before the insertion point, parsed with the stream but never reported. */
  context?: string;
  /** λ: the alarm fires at the first chunk with s_t < λ. */
  threshold?: number;
  ruleOverrides?: RuleOverrides;
}
