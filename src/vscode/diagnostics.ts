import * as vscode from 'vscode';
import { Severity } from '../core';
import { FlaggedRegions, PlacedFinding, Region } from './findings/flaggedRegions';
import { ruleDocUri } from './findings/ruleDocs';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

function toDiagnostic(region: Region, placed: PlacedFinding): vscode.Diagnostic {
  const f = placed.finding;
  const range = new vscode.Range(region.document.positionAt(placed.start), region.document.positionAt(placed.end));
  const d = new vscode.Diagnostic(range, `${f.message}${f.cwe ? ` (${f.cwe})` : ''}`, SEVERITY[f.severity]);
  d.source = 'Vigil';
  d.code = { value: f.ruleId, target: ruleDocUri(f.ruleId) };
  return d;
}

/** Diagnostics (source `Vigil`) on the flagged ranges of open documents; they follow edits. */
export class Diagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('vigil');
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly regions: FlaggedRegions) {
    regions.onDidChange(this.render, this, this.disposables);
  }

  private render(document: vscode.TextDocument): void {
    const diagnostics = this.regions.in(document).flatMap(region => region.findings.map(f => toDiagnostic(region, f)));
    if (diagnostics.length) this.collection.set(document.uri, diagnostics);
    else this.collection.delete(document.uri);
  }

  dispose(): void {
    this.collection.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
