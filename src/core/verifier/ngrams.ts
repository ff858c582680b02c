// Hashed word and character n-grams of a text that arrives in chunks. Each character is looked at
// once: the state carries the last few characters and the word in progress, never the prefix, so
// a chunk costs time in its own length only. Training and the running verifier share this code,
// so they see exactly the same features. Fenced code blocks are left out (FencedCodeFilter).

/** Character n-gram sizes (over lower-cased text with runs of white space folded to one space). */
export const CHAR_NGRAMS = [3, 4, 5] as const;
const MAX_N = 5;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const WORD_SEED = 0x9e3779b1;
const BIGRAM_SEED = 0x85ebca6b;

/** Final avalanche (murmur3 fmix32) so that the low bits used as the bucket are well mixed. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c > 127;

/**
 * Streams the feature hashes of a text: `push` each chunk; `emit(bucket)` is called once per
 * feature occurrence with bucket in [0, 2^bits).
 */
export class NgramHasher {
  /** The last MAX_N normalised characters, newest last (0 = none yet). */
  private readonly window = new Int32Array(MAX_N);
  private lastWasSpace = true;
  private word = FNV_OFFSET;
  private wordLength = 0;
  private previousWord = 0;
  private readonly mask: number;

  constructor(
    bits: number,
    private readonly emit: (bucket: number) => void,
  ) {
    this.mask = (1 << bits) - 1;
  }

  push(chunk: string): void {
    for (let i = 0; i < chunk.length; i++) {
      let c = chunk.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      else if (c > 127 && c < 0xd800) c = chunk[i].toLowerCase().charCodeAt(0);
      if (c === 32 || c === 10 || c === 9 || c === 13) {
        this.endWord();
        if (this.lastWasSpace) continue;
        this.lastWasSpace = true;
        c = 32;
      } else {
        this.lastWasSpace = false;
        if (isWordChar(c)) {
          this.word = Math.imul(this.word ^ c, FNV_PRIME);
          this.wordLength++;
        } else this.endWord();
      }
      const w = this.window;
      w[0] = w[1];
      w[1] = w[2];
      w[2] = w[3];
      w[3] = w[4];
      w[4] = c;
      for (const n of CHAR_NGRAMS) {
        if (w[MAX_N - n] === 0) continue;
        let h = Math.imul(FNV_OFFSET ^ n, FNV_PRIME);
        for (let k = MAX_N - n; k < MAX_N; k++) h = Math.imul(h ^ w[k], FNV_PRIME);
        this.emit(mix(h) & this.mask);
      }
    }
  }

  private endWord(): void {
    if (!this.wordLength) return;
    const word = this.word;
    this.emit(mix(word ^ WORD_SEED) & this.mask);
    if (this.previousWord) this.emit(mix(Math.imul(this.previousWord, 31) ^ word ^ BIGRAM_SEED) & this.mask);
    this.previousWord = word;
    this.word = FNV_OFFSET;
    this.wordLength = 0;
  }
}

/** Bucket → count for a whole text (training), fenced code left out as in ProseRun. */
export function ngramCounts(text: string, bits: number): Map<number, number> {
  const counts = new Map<number, number>();
  const hasher = new NgramHasher(bits, b => counts.set(b, (counts.get(b) ?? 0) + 1));
  new FencedCodeFilter().push(text, prose => hasher.push(prose));
  return counts;
}

const BACKTICK = 96;
const TILDE = 126;

/**
 * Drops fenced code blocks (a line that starts, after any indentation, with three or more
 * backticks or tildes opens one; a line of at least as many of the same character closes it) and
 * the fence lines themselves, passing the rest on in slices. The prose score judges language:
 * code is the rules' business, and code n-grams would only tell the prose model which corpora
 * contain code. Character by character with a small state, so any chunking gives the same output.
 */
export class FencedCodeFilter {
  private inCode = false;
  private fenceChar = 0;
  private fenceLength = 0;
  /** At the start of a line: indentation and fence characters seen so far (not yet passed on). */
  private lineStart = true;
  private pending = '';
  private runChar = 0;
  private runLength = 0;
  /** Inside a fence line (its info string): dropped up to the newline. */
  private skipLine = false;

  push(chunk: string, emit: (text: string) => void): void {
    let from = 0; // start of the prose slice not yet emitted
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.skipLine) {
        if (c === 10) {
          this.skipLine = false;
          this.lineStart = true;
        }
        from = i + 1;
        continue;
      }
      if (this.lineStart) {
        if (!this.runLength && (c === 32 || c === 9)) {
          this.pending += chunk[i];
          from = i + 1;
          continue;
        }
        if ((c === BACKTICK || c === TILDE) && (!this.runLength || c === this.runChar)) {
          this.runChar = c;
          this.runLength++;
          this.pending += chunk[i];
          from = i + 1;
          continue;
        }
        // The line's start is decided.
        const fence = this.runLength >= 3 && (!this.inCode || (this.runChar === this.fenceChar && this.runLength >= this.fenceLength));
        if (fence) {
          if (this.inCode) this.inCode = false;
          else {
            this.inCode = true;
            this.fenceChar = this.runChar;
            this.fenceLength = this.runLength;
          }
          this.resetLine();
          if (c === 10) this.lineStart = true;
          else this.skipLine = true;
          from = i + 1;
          continue;
        }
        // Not a fence: the held-back indentation (and short run of ` or ~) is text of the line.
        if (!this.inCode && this.pending) emit(this.pending);
        this.resetLine();
        from = i;
      }
      if (this.inCode) {
        if (c === 10) this.lineStart = true;
        from = i + 1;
        continue;
      }
      if (c === 10) {
        emit(chunk.slice(from, i + 1));
        from = i + 1;
        this.lineStart = true;
      }
    }
    if (!this.inCode && !this.lineStart && !this.skipLine && from < chunk.length) emit(chunk.slice(from));
  }

  private resetLine(): void {
    this.lineStart = false;
    this.pending = '';
    this.runChar = 0;
    this.runLength = 0;
  }
}
