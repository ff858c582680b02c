import { createParser, EventSourceMessage, EventSourceParser } from 'eventsource-parser';
import { StringDecoder } from 'node:string_decoder';

/** Longest SSE event or NDJSON line accepted (a larger one means the peer is not what we think). */
export const MAX_FRAME_CHARS = 8 * 1024 * 1024;

/** One frame of a streamed response. */
export type Frame =
  | { type: 'event'; data: string; event?: string; id?: string }
  | { type: 'comment'; text: string };

/**
 * Decodes a server-sent-events body into its events, whatever the split of the bytes (UTF-8
 * characters and lines cut anywhere). The SSE grammar is eventsource-parser's.
 */
export class SseDecoder {
  private readonly text = new StringDecoder('utf8');
  private readonly parser: EventSourceParser;
  private out: Frame[] = [];
  private error: Error | undefined;

  constructor(maxFrameChars = MAX_FRAME_CHARS) {
    this.parser = createParser({
      onEvent: (m: EventSourceMessage) => this.out.push({ type: 'event', data: m.data, ...(m.event ? { event: m.event } : {}), ...(m.id ? { id: m.id } : {}) }),
      onComment: (c: string) => this.out.push({ type: 'comment', text: c }),
      onError: (e: Error) => {
        // Unknown fields are ignored by the SSE standard; only an oversize event is fatal.
        if ((e as { type?: string }).type === 'max-buffer-size-exceeded') this.error = e;
      },
      maxBufferSize: maxFrameChars,
    } as Parameters<typeof createParser>[0]);
  }

  /** The complete frames in `chunk` (and before it); throws on a frame over the size limit. */
  push(chunk: Buffer | string): Frame[] {
    this.parser.feed(typeof chunk === 'string' ? chunk : this.text.write(chunk));
    return this.take();
  }

  /** The body ended: a last event without its blank line still counts. */
  end(): Frame[] {
    const rest = this.text.end();
    if (rest) this.parser.feed(rest);
    this.parser.reset({ consume: true });
    return this.take();
  }

  private take(): Frame[] {
    if (this.error) throw this.error;
    const out = this.out;
    this.out = [];
    return out;
  }
}

/** Decodes newline-delimited JSON (Ollama) into its lines, whatever the split of the bytes. */
export class NdjsonDecoder {
  private readonly text = new StringDecoder('utf8');
  private pending = '';

  constructor(private readonly maxLineChars = MAX_FRAME_CHARS) {}

  /** The complete non-empty lines so far (without their newline). */
  push(chunk: Buffer | string): string[] {
    this.pending += typeof chunk === 'string' ? chunk : this.text.write(chunk);
    const lines: string[] = [];
    let nl: number;
    while ((nl = this.pending.indexOf('\n')) >= 0) {
      const line = this.pending.slice(0, nl).replace(/\r$/, '');
      this.pending = this.pending.slice(nl + 1);
      if (line.trim()) lines.push(line);
    }
    if (this.pending.length > this.maxLineChars) throw new Error(`an NDJSON line is longer than ${this.maxLineChars} characters`);
    return lines;
  }

  end(): string[] {
    const rest = (this.pending + this.text.end()).trim();
    this.pending = '';
    return rest ? [rest] : [];
  }
}
