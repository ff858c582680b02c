import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readRuleFile, RuleError, RuleSet } from '../../core';
import { Log } from '../log';

const RULE_GLOB = '.vigil/rules/**/*.{yaml,yml,json}';

/** The line of a rule file where the rule with `ruleId` starts (its `id:`), else the first line. */
function ruleLine(file: vscode.Uri, ruleId: string | undefined): vscode.Range {
  let line = 0;
  if (ruleId) {
    try {
      const lines = fs.readFileSync(file.fsPath, 'utf8').split('\n');
      const found = lines.findIndex(l => l.includes(ruleId));
      if (found >= 0) line = found;
    } catch {
      // Unreadable now: the first line will do.
    }
  }
  return new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER);
}

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

  private reloading: Promise<RuleSet> = Promise.resolve(new RuleSet([]));
  /** Rule files of the last reload, to place problems found later (queries compiled on first use). */
  private files: readonly vscode.Uri[] = [];

  /** Reads settings and rule files again (one reload at a time); fires onDidChange. */
  reload(): Promise<RuleSet> {
    this.reloading = this.reloading.then(() => this.read(), () => this.read());
    return this.reloading;
  }

  private async read(): Promise<RuleSet> {
    if (!vscode.workspace.isTrusted) {
      this.fileDiagnostics.clear();
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
    const files = (await vscode.workspace.findFiles(RULE_GLOB, '**/node_modules/**', 500)).sort((a, b) => a.fsPath.localeCompare(b.fsPath));
    for (const file of files) {
      const source = vscode.workspace.asRelativePath(file);
      try {
        for (const raw of readRuleFile(file.fsPath)) {
          raws.push(raw);
          sources.push(source);
        }
      } catch (e) {
        fileProblems.push(new RuleError(undefined, source, `cannot be read: ${(e as Error).message.split('\n')[0]}`));
      }
    }
    const set = RuleSet.fromRaw(raws, (_r, i) => sources[i]);
    this.files = files;
    this.current = new RuleSet(set.rules, [...fileProblems, ...set.problems]);
    // The rule files' diagnostics are replaced as a whole: each reload states every problem again.
    this.fileDiagnostics.clear();
    this.reportProblems(this.current.problems);
    this.changed.fire();
    return this.current;
  }

  /**
   * Reports rule problems: a diagnostic in the rule file (every time), and one message per
   * distinct problem (not repeated on every reload).
   */
  reportProblems(problems: readonly RuleError[]): void {
    for (const p of problems) {
      const file = this.files.find(f => p.source && path.normalize(vscode.workspace.asRelativePath(f)) === path.normalize(p.source));
      if (file) {
        const existing = this.fileDiagnostics.get(file) ?? [];
        this.fileDiagnostics.set(file, [...existing, new vscode.Diagnostic(ruleLine(file, p.ruleId), p.message, vscode.DiagnosticSeverity.Error)]);
      }
      if (this.reported.has(p.message)) continue;
      this.reported.add(p.message);
      this.problems.push(p.message);
      this.log.error(p.message);
      void vscode.window.showErrorMessage(`Vigil: ${p.message}`, 'Show Log').then(choice => choice && this.log.show());
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
