import * as vscode from 'vscode';
import { Finding, StreamRecord } from '../core';
import { MonitorService } from './monitorService';

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** Places a finding of a record in its document: the stream's own line/character, offset by where it was inserted. */
export function findingRange(record: StreamRecord, f: Finding): vscode.Range {
  const at = record.insertAt ?? { line: 0, character: 0 };
  const pos = (p: Finding['start']) => new vscode.Position(at.line + p.line, p.line === 0 ? at.character + p.character : p.character);
  return new vscode.Range(pos(f.start), pos(f.end));
}

/** Diagnostics (source `Vigil`) on the ranges flagged in documents. */
export class Diagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('vigil');
  private readonly disposables: vscode.Disposable[] = [];

  constructor(monitor: MonitorService) {
    monitor.onDidRecord(this.add, this, this.disposables);
  }

  private add(record: StreamRecord): void {
    if (!record.uri || record.kind !== 'code') return;
    const uri = vscode.Uri.parse(record.uri);
    const diagnostics = [...(this.collection.get(uri) ?? [])];
    for (const f of record.findings) {
      const d = new vscode.Diagnostic(findingRange(record, f), `${f.message}${f.cwe ? ` (${f.cwe})` : ''}`, SEVERITY[f.severity]);
      d.source = 'Vigil';
      d.code = { value: f.ruleId, target: vscode.Uri.parse(`https://cwe.mitre.org/data/definitions/${(f.cwe ?? 'CWE-0').slice(4)}.html`) };
      diagnostics.push(d);
    }
    this.collection.set(uri, diagnostics);
  }

  dispose(): void {
    this.collection.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
