import { LanguageId, MonitorSession, StreamKind } from '../core';

/** Which API a request came in on. */
export type ProxyApi = 'openai' | 'ollama';

interface ProxyEventBase {
  /** Milliseconds since the epoch. */
  time: number;
  /** Unique within a proxy run; shared by the events of one request. */
  requestId: string;
  /** The request path (`/v1/chat/completions`, `/api/generate`...). */
  route: string;
  model?: string;
}

interface ChoiceEventBase extends ProxyEventBase {
  /** The choice (OpenAI `n` > 1) this stream is; 0 otherwise. */
  choice: number;
  /** The function name, when the stream is the check of one tool call of the choice. */
  tool?: string;
  kind: StreamKind;
  language?: LanguageId;
}

/** A monitored stream began: one per choice of a completion or chat answer, and one per tool call. */
export interface ProxyStreamEvent extends ChoiceEventBase {
  type: 'stream';
  /** Streamed to the client (SSE/NDJSON) or returned whole. */
  streamed: boolean;
  /** Where the language came from for a code stream. */
  languageSource?: string;
}

/** The gate stopped a stream; the client got the warning instead of the rest. */
export interface ProxyAlarmEvent extends ChoiceEventBase {
  type: 'alarm';
  ruleId: string | null;
  cwe: string | null;
  message: string;
  /** Zero-based line of the flagged construct in the stream, when known. */
  line: number | null;
  safety: number;
  threshold: number;
  /** Characters the client never saw. */
  withheldChars: number;
}

export type StreamOutcome = 'complete' | 'alarm' | 'client-closed' | 'upstream-error';

/**
 * A monitored stream ended. `session` (not serialised: a non-enumerable property) has the text,
 * findings and trajectory for a review log.
 */
export interface ProxyStreamEndEvent extends ChoiceEventBase {
  type: 'stream-end';
  outcome: StreamOutcome;
  /** Characters received from the upstream, and released to the client. */
  chars: number;
  releasedChars: number;
  findings: { ruleId: string; cwe: string | null; status: string; line: number }[];
  minSafety: number;
  durationMs: number;
  readonly session: MonitorSession;
}

/** A request the proxy answered with an error of its own or the upstream's. */
export interface ProxyErrorEvent extends ProxyEventBase {
  type: 'error';
  status: number;
  message: string;
}

export type ProxyEvent = ProxyStreamEvent | ProxyAlarmEvent | ProxyStreamEndEvent | ProxyErrorEvent;
