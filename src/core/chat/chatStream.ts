import { CodeSegment, CodeSegmentOptions } from '../analysis/codeSegment';
import { FindingChange, LocalFinding } from '../analysis/localFinding';
import { FindingOrigin, SourcedChange } from '../analysis/sourcedChange';
import { resolveLanguage, SHELL_SESSION_FENCES } from '../languages';
import { settledProse } from '../analysis/settled';
import { ProseAnalyzer } from '../prose/proseAnalyzer';
import { looksLikeSession, looksLikeShell, transcriptLine } from './shellDetection';

/** Makes the segment of a fenced block; code in a language without a grammar still gets the rules that apply to any text. */
type SegmentFactory = (options: Pick<CodeSegmentOptions, 'language'>) => CodeSegment;

interface OpenBlock {
  fenceChar: string;
  fenceLength: number;
  info: string;
  /** Stream offset of the block's first content character. */
  base: number;
  /** Stream offset up to which content has been handed to the segment. */
  fed: number;
  /** Undefined until the block's language is known (an unlabelled block waits for its first line). */
  segment?: CodeSegment;
  transcript: boolean;
  index: number;
}

const OPENER = /^ {0,3}(`{3,}|~{3,})[ \t]*([^\n]*)$/;
/** A partial line that may still become a fence: hold it back until it is complete. */
const MAYBE_FENCE = /^ {0,3}(`{1,}|~{1,})[^\n]*$/;

/**
 * A chat answer (markdown) as it streams: prose goes to the prose rules, each fenced code block
 * to its own incrementally parsed code segment in the fence's language. Unlabelled blocks that
 * read like a shell session are bash.
 */
export class ChatStream {
  private text = '';
  /** Start of the first line not yet handled as a complete line. */
  private lineStart = 0;
  /** Stream offset up to which the prose view has been written. */
  private proseTo = 0;
  private block: OpenBlock | undefined;
  private blockCount = 0;
  private readonly closed: { base: number; segment: CodeSegment; index: number }[] = [];

  constructor(
    private readonly prose: ProseAnalyzer,
    private readonly newSegment: SegmentFactory,
  ) {}

  *findings(): IterableIterator<{ finding: LocalFinding; base: number; origin: FindingOrigin; segment: number }> {
    for (const finding of this.prose.findings()) yield { finding, base: 0, origin: 'prose', segment: 0 };
    const blocks = [...this.closed, ...(this.block?.segment ? [{ base: this.block.base, segment: this.block.segment, index: this.block.index }] : [])];
    for (const b of blocks) for (const finding of b.segment.findings()) yield { finding, base: b.base, origin: b.segment.language ?? 'text', segment: b.index };
  }

  /** Stream offset up to which the answer is settled (see HoldBackGate): complete sentences, lines, constructs. */
  settledLength(): number {
    const block = this.block;
    if (block) {
      if (!block.segment || block.transcript) return Math.min(block.fed, this.lineStart);
      return Math.min(block.base + block.segment.settledLength(), block.fed);
    }
    return Math.min(this.proseTo, settledProse(this.text, this.lineStart));
  }

  append(chunk: string, out: SourcedChange[]): void {
    this.text += chunk;
    for (;;) {
      const nl = this.text.indexOf('\n', this.lineStart);
      if (nl < 0) break;
      this.completeLine(this.lineStart, nl + 1, out);
      this.lineStart = nl + 1;
    }
    this.partialLine(out);
  }

  finish(out: SourcedChange[]): void {
    if (this.lineStart < this.text.length) {
      // The last line has no newline: it is complete now.
      this.completeLine(this.lineStart, this.text.length, out);
      this.lineStart = this.text.length;
    }
    if (this.block) {
      this.closeBlock(out);
      this.prose.appendBlank(this.text.slice(this.proseTo));
      this.proseTo = this.text.length;
    }
    const changes: FindingChange[] = [];
    this.prose.finish(changes);
    this.emitProse(changes, out);
  }

  private completeLine(start: number, end: number, out: SourcedChange[]): void {
    const line = this.text.slice(start, end);
    const bare = line.replace(/\r?\n$/, '');
    const block = this.block;
    if (!block) {
      const open = OPENER.exec(bare);
      if (open && !(open[1][0] === '`' && open[2].includes('`'))) {
        this.writeProse(start, out);
        this.prose.appendBlank(this.text.slice(start, end));
        this.proseTo = end;
        this.openBlock(open[1], open[2].trim(), end);
        return;
      }
      this.writeProse(end, out);
      return;
    }
    const close = new RegExp(`^ {0,3}${block.fenceChar === '`' ? '`' : '~'}{${block.fenceLength},}[ \\t]*$`).exec(bare);
    if (close) {
      this.feed(block, start, out);
      this.closeBlock(out);
      // The block's content and its closing fence stand in the prose view as blanks, keeping offsets aligned.
      this.prose.appendBlank(this.text.slice(this.proseTo, end));
      this.proseTo = end;
      return;
    }
    if (!block.segment) this.decideLanguage(block, bare);
    this.feed(block, end, out);
  }

  private partialLine(out: SourcedChange[]): void {
    const start = this.lineStart;
    const end = this.text.length;
    if (start === end) return;
    const partial = this.text.slice(start, end);
    if (MAYBE_FENCE.test(partial)) return; // could open or close a fence: wait for the line to end
    if (!this.block) this.writeProse(end, out);
    else if (this.block.segment && !this.block.transcript) this.feed(this.block, end, out);
  }

  private writeProse(to: number, out: SourcedChange[]): void {
    if (to <= this.proseTo) return;
    const changes: FindingChange[] = [];
    this.prose.append(this.text.slice(this.proseTo, to), changes);
    this.proseTo = to;
    this.emitProse(changes, out);
  }

  private emitProse(changes: FindingChange[], out: SourcedChange[]): void {
    for (const c of changes) out.push({ ...c, base: 0, origin: 'prose', segment: 0 });
  }

  private openBlock(fence: string, info: string, base: number): void {
    const word = info.split(/[\s{,]/)[0] ?? '';
    const block: OpenBlock = { fenceChar: fence[0], fenceLength: fence.length, info: word, base, fed: base, transcript: SHELL_SESSION_FENCES.has(word.toLowerCase()), index: ++this.blockCount };
    this.block = block;
    if (word) this.startSegment(block, resolveLanguage(word));
  }

  private decideLanguage(block: OpenBlock, firstLine: string): void {
    if (!firstLine.trim()) return;
    if (looksLikeSession(firstLine)) block.transcript = true;
    this.startSegment(block, looksLikeShell(firstLine) ? 'bash' : undefined);
  }

  private startSegment(block: OpenBlock, language: ReturnType<typeof resolveLanguage>): void {
    block.segment = this.newSegment({ language });
  }

  private feed(block: OpenBlock, to: number, out: SourcedChange[]): void {
    if (!block.segment) {
      if (to > block.fed && this.text.slice(block.fed, to).trim()) this.decideLanguage(block, this.text.slice(block.fed, to).split('\n').find(l => l.trim()) ?? '');
      if (!block.segment) return;
    }
    if (to <= block.fed) return;
    let piece = this.text.slice(block.fed, to);
    if (block.transcript) piece = piece.split('\n').map(transcriptLine).join('\n');
    const changes: FindingChange[] = [];
    block.segment.append(piece, changes);
    block.fed = to;
    for (const c of changes) out.push({ ...c, base: block.base, origin: block.segment.language ?? 'text', segment: block.index });
  }

  private closeBlock(out: SourcedChange[]): void {
    const block = this.block!;
    this.block = undefined;
    if (!block.segment) this.startSegment(block, undefined);
    this.feed(block, Math.max(block.fed, this.lineStart), out);
    const changes: FindingChange[] = [];
    block.segment!.finish(changes);
    for (const c of changes) out.push({ ...c, base: block.base, origin: block.segment!.language ?? 'text', segment: block.index });
    this.closed.push({ base: block.base, segment: block.segment!, index: block.index });
  }
}
