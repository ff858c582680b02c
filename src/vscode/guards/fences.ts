/** Tracks whether released markdown is inside a fenced code block, to close it before a warning. */
export class FenceTracker {
  private open: string | undefined;
  private partial = '';

  feed(text: string): void {
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (!m) continue;
      if (!this.open) this.open = m[1];
      else if (m[1][0] === this.open[0] && m[1].length >= this.open.length && /^ {0,3}[`~]+\s*$/.test(line)) this.open = undefined;
    }
  }

  /** Text that closes an open fence (and ends a partial line), or '' when none is open. */
  closer(): string {
    const nl = this.partial ? '\n' : '';
    return this.open ? `${nl}${this.open}\n` : nl;
  }
}
