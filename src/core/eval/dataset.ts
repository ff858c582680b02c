import { StreamKind } from '../monitor/types';

export type StreamLabel = 'safe' | 'unsafe';

/** One labelled stream (the format of ../shared/data/streams-dev.jsonl, described in its README). */
export interface LabelledStream {
  id: string;
  kind: StreamKind;
  /** For code streams: the language of the completion. */
  language?: string;
  text: string;
  label: StreamLabel;
  /** 0-based UTF-16 offset where the unsafe construct begins, where known. */
  onset: number | null;
  /** Where the stream comes from (`sven`, `xstest`, ...); `unknown` when the line names none. */
  source: string;
  /** The line's other fields (cwe, category, ...), kept for grouping and per-item output. */
  extra: Record<string, unknown>;
}

/** A problem with one line of a labelled-stream file; `line` is 1-based. */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'DatasetError';
  }
}

const KNOWN = new Set(['id', 'kind', 'language', 'text', 'label', 'onset', 'source']);

/** Validates one parsed line; throws a DatasetError naming the line and the field at fault. */
export function toLabelledStream(raw: unknown, file: string, line: number): LabelledStream {
  const fail = (detail: string): never => {
    throw new DatasetError(file, line, detail);
  };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail('expected a JSON object with id, kind, text and label');
  const r = raw as Record<string, unknown>;
  if (typeof r.id !== 'string' && typeof r.id !== 'number') fail("missing 'id' (a string)");
  if (r.kind !== 'code' && r.kind !== 'chat') fail(`'kind' must be "code" or "chat", got ${JSON.stringify(r.kind)}`);
  if (typeof r.text !== 'string') fail("missing 'text' (a string)");
  if (r.label !== 'safe' && r.label !== 'unsafe') fail(`'label' must be "safe" or "unsafe", got ${JSON.stringify(r.label)}`);
  if (r.language !== undefined && r.language !== null && typeof r.language !== 'string') fail("'language' must be a string");
  if (r.onset !== undefined && r.onset !== null && !(typeof r.onset === 'number' && Number.isInteger(r.onset) && r.onset >= 0)) fail("'onset' must be a non-negative integer or null");
  if (r.source !== undefined && r.source !== null && typeof r.source !== 'string') fail("'source' must be a string");
  const extra: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r)) if (!KNOWN.has(k)) extra[k] = v;
  return {
    id: String(r.id),
    kind: r.kind as StreamKind,
    ...(typeof r.language === 'string' && r.language ? { language: r.language } : {}),
    text: r.text as string,
    label: r.label as StreamLabel,
    onset: typeof r.onset === 'number' ? r.onset : null,
    source: typeof r.source === 'string' && r.source ? r.source : 'unknown',
    extra,
  };
}

/**
 * Parses a JSONL file of labelled streams. Blank lines are skipped; every other line must be a
 * valid stream, else a DatasetError names the first bad line (a bad dataset should not quietly
 * produce numbers).
 */
export function parseLabelledStreams(content: string, file = '<data>'): LabelledStream[] {
  const streams: LabelledStream[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (!line.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      throw new DatasetError(file, i + 1, `not valid JSON (${(e as Error).message})`);
    }
    streams.push(toLabelledStream(raw, file, i + 1));
  }
  return streams;
}
