/** A zero-based line and UTF-16 character position, as VS Code counts them. */
export interface LineCharacter {
  line: number;
  character: number;
}

/** A position in a stream: UTF-16 offset plus line and character. */
export interface TextPosition extends LineCharacter {
  offset: number;
}

/**
 * Line starts of an append-only text, kept up to date per appended chunk so that offset to
 * line/character conversion costs a binary search, never a rescan.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  private length = 0;

  /** Records `chunk`, appended at the current end of the text. */
  append(chunk: string): void {
    let i = chunk.indexOf('\n');
    while (i >= 0) {
      this.starts.push(this.length + i + 1);
      i = chunk.indexOf('\n', i + 1);
    }
    this.length += chunk.length;
  }

  get textLength(): number {
    return this.length;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** The line containing `offset` (offsets past the end clamp to the last line). */
  lineAt(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): TextPosition {
    const clamped = Math.max(0, Math.min(offset, this.length));
    const line = this.lineAt(clamped);
    return { offset: clamped, line, character: clamped - this.starts[line] };
  }

  /** The tree-sitter point of `offset` (row/column in UTF-16 code units, as web-tree-sitter counts them for JS strings). */
  pointAt(offset: number): { row: number; column: number } {
    const p = this.positionAt(offset);
    return { row: p.line, column: p.character };
  }
}

/** The line/character of `offset` in `text`, computed directly; for one-off conversions outside a stream. */
export function positionIn(text: string, offset: number): TextPosition {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 0;
  let lineStart = 0;
  let i = text.indexOf('\n');
  while (i >= 0 && i < clamped) {
    line++;
    lineStart = i + 1;
    i = text.indexOf('\n', lineStart);
  }
  return { offset: clamped, line, character: clamped - lineStart };
}
