import { Edit, Language, Parser, Tree } from 'web-tree-sitter';
import { Clock } from '../services';
import { LineIndex } from '../text/lineIndex';

/** The result of bringing the tree up to date with the text. */
export type ReparseResult =
  | {
    ok: true;
    /** Start of the region whose syntax may differ from the previous tree. */
    changedFrom: number;
    /** Where the new text starts (error recovery can restructure far before it: changedFrom ≤ editFrom). */
    editFrom: number;
  }
  | { ok: false; reason: 'timeout' };

/** How much of the text one read callback hands to the parser: the whole rest would be quadratic, and large reads copy more than an append re-lexes. */
const READ_CHUNK = 1024;
/** How much text one lookup of a node's text reads (a node longer than this takes several). */
const TEXT_SLICE = 256;

/**
 * An append-only document kept parsed: each append edits the old tree and re-parses with it, so
 * only the changed part of the syntax tree is rebuilt. A parse that runs over its time budget is
 * cancelled (and the parser reset); the next append or `reparse` catches up.
 */
export class IncrementalTree {
  private readonly parser = new Parser();
  private tree: Tree | null = null;
  private content = '';
  readonly lines = new LineIndex();
  /** Start of edits not yet reflected in `tree` because their parse was cancelled. */
  private pendingFrom: number | undefined;
  private disposed = false;

  constructor(
    language: Language,
    private readonly clock: Clock,
    private readonly budgetMs: number,
  ) {
    this.parser.setLanguage(language);
  }

  get text(): string {
    return this.content;
  }

  /** The current tree; undefined before the first successful parse. Do not keep it across appends. */
  get current(): Tree | undefined {
    return this.tree ?? undefined;
  }

  /** True when the tree reflects every appended character. */
  get upToDate(): boolean {
    return this.tree !== null && this.pendingFrom === undefined;
  }

  append(chunk: string, budgetMs = this.budgetMs): ReparseResult {
    const start = this.content.length;
    const startPosition = this.lines.pointAt(start);
    this.content += chunk;
    this.lines.append(chunk);
    if (this.tree) {
      this.tree.edit(new Edit({
        startIndex: start,
        oldEndIndex: start,
        newEndIndex: this.content.length,
        startPosition,
        oldEndPosition: startPosition,
        newEndPosition: this.lines.pointAt(this.content.length),
      }));
    }
    this.pendingFrom = Math.min(this.pendingFrom ?? start, start);
    return this.reparse(budgetMs);
  }

  /** Parses whatever is pending (used at stream end with a larger budget). */
  reparse(budgetMs = this.budgetMs): ReparseResult {
    if (this.pendingFrom === undefined && this.tree) return { ok: true, changedFrom: this.content.length, editFrom: this.content.length };
    const text = this.content;
    const deadline = this.clock.monotonic() + budgetMs;
    const read = (index: number) => {
      let end = index + READ_CHUNK;
      // Keep surrogate pairs whole across reads.
      if (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end++;
      return text.slice(index, end);
    };
    const next = this.parser.parse(read, this.tree, { progressCallback: () => this.clock.monotonic() > deadline });
    if (!next) {
      this.parser.reset();
      return { ok: false, reason: 'timeout' };
    }
    const editFrom = this.tree ? this.pendingFrom ?? 0 : 0;
    let changedFrom = editFrom;
    if (this.tree) {
      for (const range of this.tree.getChangedRanges(next)) changedFrom = Math.min(changedFrom, range.startIndex);
      this.tree.delete();
    } else {
      changedFrom = 0;
    }
    // Query predicates read node text through the tree's text callback, one node at a time: serve
    // short slices (a parser-sized read per identifier lookup would copy far more than the identifier).
    (next as unknown as { textCallback: (index: number) => string }).textCallback = (index: number) => text.slice(index, index + TEXT_SLICE);
    this.tree = next;
    this.pendingFrom = undefined;
    return { ok: true, changedFrom, editFrom };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.tree?.delete();
    this.tree = null;
    this.parser.delete();
  }
}
