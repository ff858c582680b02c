import { CodeSegment, CodeSegmentOptions } from '../analysis/codeSegment';
import { FindingChange, LocalFinding } from '../analysis/localFinding';
import { FindingOrigin, SourcedChange } from '../analysis/sourcedChange';
import { languageForPath, resolveLanguage, SHELL_SESSION_FENCES } from '../languages';
import { settledProse } from '../analysis/settled';
import { ProseAnalyzer } from '../prose/proseAnalyzer';
import { looksLikeSession, looksLikeShell, transcriptLine } from './shellDetection';
import { DIVIDER as DIFF_DIVIDER, REPLACE as DIFF_REPLACE, SEARCH as DIFF_SEARCH } from './toolCall';

/** Makes the segment of a fenced block; code in a language without a grammar still gets the rules that apply to any text. */
type SegmentFactory = (options: Pick<CodeSegmentOptions, 'language'>) => CodeSegment;

interface OpenBlock {
  fenceChar: string;
  fenceLength: number;
  info: string;
  /** An agent's tool argument (`command`, `content`, `diff`) instead of a fence: its closing tag ends it. */
  tag?: ToolTag;
  /** For a `diff` argument: in the SEARCH half (old text, blanked) or not. */
  inSearch?: boolean;
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
 * Agents that call tools in XML inside the answer text (Cline, Roo Code and their forks) open the
 * call with its name on a line of its own (`<execute_command>`, `<write_to_file>`: snake_case, which
 * no HTML element is) and put a command to run in `<command>`, a file's new content in `<content>`
 * and SEARCH/REPLACE edits in `<diff>`, the file named by a `<path>` line before it. Inside such a
 * call their values are code like a fenced block's.
 */
type ToolTag = 'command' | 'content' | 'diff';
const TOOL_OPEN = /^[ \t]*<([a-z][a-z0-9]*(?:_[a-z0-9]+)+)>[ \t]*$/;
const TOOL_CLOSE = /^[ \t]*<\/([a-z][a-z0-9]*(?:_[a-z0-9]+)+)>[ \t]*$/;
const TAG_OPENER = /^[ \t]*<(command|content|diff)>/;
const TAG_PATH = /^[ \t]*<path>([^<\n]*)<\/path>[ \t]*$/;
/** A partial line that may still open a tool argument. */
const MAYBE_TAG = /^[ \t]*<(c(o(m(m(a(n(d)?)?)?)?|n(t(e(n(t)?)?)?)?)?)?|d(i(f(f)?)?)?)?$/;

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
  /** The file named by the last `<path>` line, for the language of a `<content>` or `<diff>`. */
  private toolPath: string | undefined;
  /** The agent tool call the answer is inside (`execute_command`), if any. */
  private toolCall: string | undefined;
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
      if (!block.segment || block.transcript || block.tag === 'diff') return Math.min(block.fed, this.lineStart);
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
      const tag = this.toolCall ? TAG_OPENER.exec(bare) : null;
      if (tag) {
        this.openTag(tag[1] as ToolTag, start, start + tag[0].length, end, out);
        return;
      }
      const path = this.toolCall ? TAG_PATH.exec(bare) : null;
      if (path) this.toolPath = path[1].trim();
      const call = TOOL_OPEN.exec(bare);
      if (call) [this.toolCall, this.toolPath] = [call[1], undefined];
      else if (this.toolCall && TOOL_CLOSE.exec(bare)?.[1] === this.toolCall) [this.toolCall, this.toolPath] = [undefined, undefined];
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
    if (block.tag) {
      this.tagLine(block, start, end, out);
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
    if (this.block?.tag) {
      // Everything before a '<' that may begin the closing tag; a diff goes line by line.
      const lt = partial.lastIndexOf('<');
      if (this.block.segment && this.block.tag !== 'diff') this.feed(this.block, lt < 0 ? end : start + lt, out);
      return;
    }
    if (MAYBE_FENCE.test(partial) || (this.toolCall && (MAYBE_TAG.test(partial) || TAG_OPENER.test(partial)))) return; // could open or close a block: wait for the line to end
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

  /**
   * A tool argument opens at `base` (after its tag); a one-line `<command>…</command>` also closes.
   * The tag, like a fence, stands in the prose view as blanks.
   */
  private openTag(tag: ToolTag, start: number, base: number, end: number, out: SourcedChange[]): void {
    this.writeProse(start, out);
    this.prose.appendBlank(this.text.slice(start, base));
    this.proseTo = base;
    const block: OpenBlock = { fenceChar: '', fenceLength: 0, info: tag, tag, base, fed: base, transcript: false, index: ++this.blockCount };
    this.block = block;
    const language = tag === 'command' ? 'bash' : this.toolPath ? languageForPath(this.toolPath) : undefined;
    // A diff's first lines are markers and old text, so its language cannot wait for its first line.
    if (language || tag === 'diff') this.startSegment(block, language);
    this.tagLine(block, base, end, out);
  }

  /** A complete line inside a tool argument: content up to its closing tag, if the line has it. */
  private tagLine(block: OpenBlock, start: number, end: number, out: SourcedChange[]): void {
    const closer = `</${block.tag}>`;
    const closeAt = this.text.slice(start, end).indexOf(closer);
    const contentEnd = closeAt < 0 ? end : start + closeAt;
    // (feed decides the language of an unlabelled argument from its first line, as for a fence)
    if (block.tag === 'diff') this.feedDiffLine(block, start, contentEnd, out);
    else this.feed(block, contentEnd, out);
    if (closeAt < 0) return;
    this.closeBlock(out);
    this.prose.appendBlank(this.text.slice(this.proseTo, contentEnd + closer.length));
    this.proseTo = contentEnd + closer.length;
    this.writeProse(end, out);
  }

  /** One line of a SEARCH/REPLACE diff: only the REPLACE halves are new code; markers and old text are blanked. */
  private feedDiffLine(block: OpenBlock, start: number, end: number, out: SourcedChange[]): void {
    const line = this.text.slice(start, end);
    const bare = line.replace(/\r?\n$/, '');
    let keep = !block.inSearch;
    if (DIFF_SEARCH.test(bare)) [block.inSearch, keep] = [true, false];
    else if (DIFF_DIVIDER.test(bare) && block.inSearch) [block.inSearch, keep] = [false, false];
    else if (DIFF_REPLACE.test(bare)) keep = false;
    this.feed(block, end, out, keep ? undefined : line.replace(/[^\n]/g, ' '));
  }

  private decideLanguage(block: OpenBlock, firstLine: string): void {
    if (!firstLine.trim()) return;
    if (looksLikeSession(firstLine)) block.transcript = true;
    this.startSegment(block, looksLikeShell(firstLine) ? 'bash' : undefined);
  }

  private startSegment(block: OpenBlock, language: ReturnType<typeof resolveLanguage>): void {
    block.segment = this.newSegment({ language });
  }

  /** Hands the block's text up to `to` to its segment (`replacement`: the same length of other text, for blanked lines). */
  private feed(block: OpenBlock, to: number, out: SourcedChange[], replacement?: string): void {
    if (!block.segment) {
      if (to > block.fed && this.text.slice(block.fed, to).trim()) this.decideLanguage(block, this.text.slice(block.fed, to).split('\n').find(l => l.trim()) ?? '');
      if (!block.segment) return;
    }
    if (to <= block.fed) return;
    let piece = replacement !== undefined && replacement.length === to - block.fed ? replacement : this.text.slice(block.fed, to);
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
