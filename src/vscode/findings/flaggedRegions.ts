import * as vscode from 'vscode';
import { Finding, StreamRecord } from '../../core';
import { Log } from '../log';
import { MonitorService } from '../monitorService';

/** A finding placed in a document, in document offsets that follow edits. */
export interface PlacedFinding {
  finding: Finding;
  start: number;
  end: number;
  fix?: { title: string; start: number; end: number; text: string };
}

/** The part of a document an assistant inserted, with its findings; kept in step with edits. */
export interface Region {
  record: StreamRecord;
  document: vscode.TextDocument;
  start: number;
  end: number;
  /** The text as inserted; an unchanged region can be undone. */
  original: string;
  findings: PlacedFinding[];
}

const RECHECK_DELAY_MS = 250;

/**
 * Flagged regions of open documents. Edits shift them; an edit inside one re-checks its current
 * text (with the document before it as context), so findings the user fixed go away.
 */
export class FlaggedRegions implements vscode.Disposable {
  private readonly regions = new Map<vscode.TextDocument, Region[]>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  readonly onDidChange = this.changed.event;
  private readonly pending = new Map<Region, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly monitor: MonitorService, private readonly log: Log) {
    monitor.onDidRecord(this.add, this, this.disposables);
    vscode.workspace.onDidChangeTextDocument(this.onEdit, this, this.disposables);
    vscode.workspace.onDidCloseTextDocument(d => this.drop(d), this, this.disposables);
  }

  in(document: vscode.TextDocument): readonly Region[] {
    return this.regions.get(document) ?? [];
  }

  /** The region and finding shown by a diagnostic of `ruleId` at `range`. */
  findingAt(document: vscode.TextDocument, range: vscode.Range, ruleId: string): { region: Region; placed: PlacedFinding } | undefined {
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    for (const region of this.in(document)) {
      const placed = region.findings.find(f => f.finding.ruleId === ruleId && f.start === start && f.end === end);
      if (placed) return { region, placed };
    }
    return undefined;
  }

  /** Every open document with regions. */
  documents(): vscode.TextDocument[] {
    return [...this.regions.keys()];
  }

  /** Forgets the regions of a record (a verdict of false alarm, a deletion, an undo). */
  remove(recordId: string): void {
    for (const [document, list] of this.regions) {
      const kept = list.filter(r => r.record.id !== recordId);
      if (kept.length !== list.length) {
        this.regions.set(document, kept);
        this.changed.fire(document);
      }
    }
  }

  private add(record: StreamRecord): void {
    if (record.kind !== 'code' || !record.uri || !record.insertAt || !record.findings.length) return;
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === record.uri);
    if (!document) return;
    const start = document.offsetAt(new vscode.Position(record.insertAt.line, record.insertAt.character));
    const region: Region = { record, document, start, end: start + record.text.length, original: record.text, findings: [] };
    region.findings = place(record.findings, start);
    this.regions.set(document, [...this.in(document), region]);
    this.changed.fire(document);
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    const list = this.regions.get(e.document);
    if (!list?.length || !e.contentChanges.length) return;
    const changes = [...e.contentChanges].sort((a, b) => b.rangeOffset - a.rangeOffset);
    for (const region of list) {
      let touched = false;
      for (const c of changes) {
        const delta = c.text.length - c.rangeLength;
        const cEnd = c.rangeOffset + c.rangeLength;
        if (cEnd <= region.start && !(c.rangeLength === 0 && c.rangeOffset === region.start)) {
          region.start += delta;
          region.end += delta;
          for (const f of region.findings) shift(f, delta);
        } else if (c.rangeOffset <= region.end) {
          touched = true;
          region.end = Math.max(region.start, region.end + delta);
          for (const f of region.findings) if (f.start >= cEnd) shift(f, delta);
        }
      }
      if (touched) this.schedule(region);
    }
    this.changed.fire(e.document);
  }

  private schedule(region: Region): void {
    clearTimeout(this.pending.get(region));
    this.pending.set(region, setTimeout(() => {
      this.pending.delete(region);
      void this.recheck(region);
    }, RECHECK_DELAY_MS));
  }

  /** Re-runs the monitor over the region's current text; its findings replace the old ones. */
  async recheck(region: Region): Promise<void> {
    const list = this.regions.get(region.document);
    if (!list?.includes(region)) return;
    try {
      const engine = await this.monitor.engine();
      const text = region.document.getText();
      const session = engine.createSession({
        kind: 'code',
        language: region.record.language,
        context: text.slice(0, region.start),
        ruleOverrides: this.monitor.ruleOverrides(region.document.uri),
      });
      session.push(text.slice(region.start, region.end));
      session.end();
      region.findings = place(session.findings, region.start);
      if (!region.findings.length) this.regions.set(region.document, list.filter(r => r !== region));
      this.changed.fire(region.document);
    } catch (e) {
      this.log.error(e as Error);
    }
  }

  /** Re-checks every region (after a settings change: rules turned off or on). */
  recheckAll(): void {
    for (const list of this.regions.values()) for (const region of list) void this.recheck(region);
  }

  private drop(document: vscode.TextDocument): void {
    if (this.regions.delete(document)) this.changed.fire(document);
  }

  dispose(): void {
    for (const t of this.pending.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
  }
}

function place(findings: readonly Finding[], base: number): PlacedFinding[] {
  return findings.map(finding => ({
    finding,
    start: base + finding.start.offset,
    end: base + finding.end.offset,
    ...(finding.fix ? { fix: { title: finding.fix.title, start: base + finding.fix.start.offset, end: base + finding.fix.end.offset, text: finding.fix.text } } : {}),
  }));
}

function shift(f: PlacedFinding, delta: number): void {
  f.start += delta;
  f.end += delta;
  if (f.fix) {
    f.fix.start += delta;
    f.fix.end += delta;
  }
}
