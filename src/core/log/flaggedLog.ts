import * as fs from 'node:fs';
import * as path from 'node:path';
import { Logger, silentLogger } from '../services';
import { StreamRecord, Verdict } from './streamRecord';

/** One line of the log: a new record, or a change to an earlier one. */
type LogLine =
  | { type: 'record'; record: StreamRecord }
  | { type: 'verdict'; id: string; verdict: Verdict | null; time: number }
  | { type: 'delete'; id: string; time: number }
  | { type: 'override'; id: string; time: number };

export interface LoadReport {
  records: number;
  /** Lines that could not be read (a torn last line after a crash, or damage). */
  skipped: { file: string; line: number; reason: string }[];
}

const FILE = 'flagged.jsonl';
const PREVIOUS = 'flagged.1.jsonl';

/**
 * The durable log of flagged streams: append-only JSONL in a storage folder. Verdicts and
 * deletions are appended as their own lines; loading replays them. A torn last line (the
 * process died mid-write) is skipped and reported. When the file passes `maxBytes` it becomes
 * the previous generation (the one before is dropped), so the log stays bounded.
 */
export class FlaggedLog {
  private readonly records = new Map<string, StreamRecord>();
  private fd: number | undefined;
  private size = 0;

  constructor(
    private readonly dir: string,
    private readonly maxBytes = 8 * 1024 * 1024,
    private readonly logger: Logger = silentLogger,
  ) {}

  get file(): string {
    return path.join(this.dir, FILE);
  }

  /** Reads both generations; returns what was loaded and what had to be skipped. */
  load(): LoadReport {
    this.records.clear();
    const report: LoadReport = { records: 0, skipped: [] };
    for (const name of [PREVIOUS, FILE]) {
      const file = path.join(this.dir, name);
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') report.skipped.push({ file, line: 0, reason: (e as Error).message });
        continue;
      }
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        if (!line.trim()) return;
        try {
          this.apply(JSON.parse(line) as LogLine);
        } catch (e) {
          const torn = i >= lines.length - 2 && !text.endsWith('\n');
          report.skipped.push({ file, line: i + 1, reason: torn ? 'incomplete last line (interrupted write)' : (e as Error).message });
        }
      });
    }
    for (const s of report.skipped) this.logger.warn(`flagged-items log ${s.file}:${s.line} skipped: ${s.reason}`);
    report.records = this.records.size;
    return report;
  }

  /** Live records, newest first. */
  list(): StreamRecord[] {
    return [...this.records.values()].sort((a, b) => b.time - a.time);
  }

  get(id: string): StreamRecord | undefined {
    return this.records.get(id);
  }

  /** Appends a record; `flush` forces it to disk (done on alarm). */
  add(record: StreamRecord, flush = record.alarm): void {
    this.write({ type: 'record', record }, flush);
    this.records.set(record.id, record);
  }

  setVerdict(id: string, verdict: Verdict | null): void {
    if (!this.records.has(id)) return;
    this.write({ type: 'verdict', id, verdict, time: Date.now() }, true);
    this.apply({ type: 'verdict', id, verdict, time: Date.now() });
  }

  /** Records that the user chose to see text the monitor withheld. */
  setOverride(id: string): void {
    if (!this.records.has(id)) return;
    const line: LogLine = { type: 'override', id, time: Date.now() };
    this.write(line, true);
    this.apply(line);
  }

  delete(id: string): void {
    if (!this.records.has(id)) return;
    this.write({ type: 'delete', id, time: Date.now() }, true);
    this.records.delete(id);
  }

  close(): void {
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  private apply(line: LogLine): void {
    if (line.type === 'record') {
      if (!line.record || typeof line.record.id !== 'string') throw new Error('record without id');
      this.records.set(line.record.id, line.record);
    } else if (line.type === 'verdict') {
      const r = this.records.get(line.id);
      if (r) {
        if (line.verdict) r.verdict = line.verdict;
        else delete r.verdict;
      }
    } else if (line.type === 'override') {
      const r = this.records.get(line.id);
      if (r) r.override = true;
    } else if (line.type === 'delete') {
      this.records.delete(line.id);
    } else {
      throw new Error(`unknown line type '${(line as { type?: string }).type}'`);
    }
  }

  private write(line: LogLine, flush: boolean): void {
    const data = JSON.stringify(line) + '\n';
    if (this.fd === undefined) {
      fs.mkdirSync(this.dir, { recursive: true });
      this.fd = fs.openSync(this.file, 'a+');
      this.size = fs.fstatSync(this.fd).size;
      // A torn last line (a crash mid-write) must not swallow the next record: end it first.
      if (this.size > 0) {
        const last = Buffer.alloc(1);
        fs.readSync(this.fd, last, 0, 1, this.size - 1);
        if (last[0] !== 0x0a) {
          fs.writeSync(this.fd, '\n');
          this.size++;
        }
      }
    }
    if (this.size > 0 && this.size + data.length > this.maxBytes) this.rotate();
    fs.writeSync(this.fd!, data);
    this.size += Buffer.byteLength(data);
    if (flush) fs.fsyncSync(this.fd!);
  }

  /**
   * Compacts the log: the newest live records (verdicts applied) that fit in half the size limit
   * are written to a fresh file; older ones are dropped. A crash midway leaves the previous
   * generation on disk, which `load` reads too.
   */
  private rotate(): void {
    fs.closeSync(this.fd!);
    fs.renameSync(this.file, path.join(this.dir, PREVIOUS));
    this.fd = fs.openSync(this.file, 'a');
    this.size = 0;
    const kept: string[] = [];
    let bytes = 0;
    for (const record of this.list()) {
      const data = JSON.stringify({ type: 'record', record } satisfies LogLine) + '\n';
      if (bytes + data.length > this.maxBytes / 2) {
        this.records.delete(record.id);
        this.logger.info(`flagged-items log: dropped ${record.id} (${new Date(record.time).toISOString()}) to stay under ${this.maxBytes} bytes`);
        continue;
      }
      kept.push(data);
      bytes += Buffer.byteLength(data);
    }
    fs.writeSync(this.fd, kept.reverse().join(''));
    this.size = bytes;
    fs.fsyncSync(this.fd);
    fs.rmSync(path.join(this.dir, PREVIOUS), { force: true });
  }
}
