import * as path from 'node:path';
import * as vscode from 'vscode';
import { readRuleFile, RuleError, RuleSet } from '../../core';
import { Log } from '../log';

const RULE_GLOB = '.vigil/rules/**/*.{yaml,yml,json}';

/**
 * Custom rules of the workspace: `vigil.customRules` from settings and rule files under
 * `.vigil/rules/`, both honoured only in trusted workspaces. A bad rule becomes one clear message
 * naming it (and a diagnostic in its rule file); every other rule keeps working.
 */
export class WorkspaceRules implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  readonly fileDiagnostics = vscode.languages.createDiagnosticCollection('vigil-rules');
  private readonly disposables: vscode.Disposable[] = [this.changed, this.fileDiagnostics];
  private current = new RuleSet([]);
  private reported = new Set<string>();
  /** Every rule problem reported so far (shown once each), newest last. */
  readonly problems: string[] = [];

  constructor(private readonly log: Log, private readonly settingsRules: () => readonly unknown[]) {
    // A watcher's string pattern is matched against absolute paths: anchor it anywhere.
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${RULE_GLOB}`);
    watcher.onDidChange(() => this.reload(), this, this.disposables);
    watcher.onDidCreate(() => this.reload(), this, this.disposables);
    watcher.onDidDelete(() => this.reload(), this, this.disposables);
    vscode.workspace.onDidGrantWorkspaceTrust(() => this.reload(), this, this.disposables);
    // Saves in the editor count even where file watching is slow or limited (remote hosts).
    vscode.workspace.onDidSaveTextDocument(d => {
      if (/[\\/]\.vigil[\\/]rules[\\/].*\.(ya?ml|json|scm)$/.test(d.uri.path)) void this.reload();
    }, this, this.disposables);
    this.disposables.push(watcher);
  }

  get rules(): RuleSet {
    return this.current;
  }

  /** Reads settings and rule files again; fires onDidChange. */
  async reload(): Promise<RuleSet> {
    this.fileDiagnostics.clear();
    if (!vscode.workspace.isTrusted) {
      this.current = new RuleSet([]);
      if (this.settingsRules().length) this.log.info('custom rules are ignored until the workspace is trusted');
      this.changed.fire();
      return this.current;
    }
    const raws: unknown[] = [];
    const sources: string[] = [];
    const fileProblems: RuleError[] = [];
    this.settingsRules().forEach((raw, i) => {
      raws.push(raw);
      sources.push(`settings vigil.customRules[${i}]`);
    });
    const files = await vscode.workspace.findFiles(RULE_GLOB, '**/node_modules/**', 500);
    for (const file of files.sort((a, b) => a.fsPath.localeCompare(b.fsPath))) {
      const source = vscode.workspace.asRelativePath(file);
      try {
        for (const raw of readRuleFile(file.fsPath)) {
          raws.push(raw);
          sources.push(source);
        }
      } catch (e) {
        const problem = new RuleError(undefined, source, `cannot be read: ${(e as Error).message.split('\n')[0]}`);
        fileProblems.push(problem);
        this.fileDiagnostics.set(file, [new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), problem.message, vscode.DiagnosticSeverity.Error)]);
      }
    }
    const set = RuleSet.fromRaw(raws, (_r, i) => sources[i]);
    this.current = new RuleSet(set.rules, [...fileProblems, ...set.problems]);
    this.reportProblems(set.problems, files);
    this.changed.fire();
    return this.current;
  }

  /** Reports rule problems found later (a query that does not compile for its language). */
  reportProblems(problems: readonly RuleError[], files?: readonly vscode.Uri[]): void {
    for (const p of problems) {
      if (this.reported.has(p.message)) continue;
      this.reported.add(p.message);
      this.problems.push(p.message);
      this.log.error(p.message);
      void vscode.window.showErrorMessage(`Vigil: ${p.message}`, 'Show Log').then(choice => choice && this.log.show());
      const file = files?.find(f => p.source && path.normalize(vscode.workspace.asRelativePath(f)) === path.normalize(p.source));
      if (file) {
        const existing = this.fileDiagnostics.get(file) ?? [];
        this.fileDiagnostics.set(file, [...existing, new vscode.Diagnostic(new vscode.Range(0, 0, 0, 1), p.message, vscode.DiagnosticSeverity.Error)]);
      }
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
