import * as crypto from 'node:crypto';
import * as vscode from 'vscode';
import { StreamRecord } from '../../core';
import type { HostMessage, ItemView, PageMessage } from '../../webview/protocol';
import { Command } from '../commands';
import { MonitorService } from '../monitorService';

/** The record as the details page shows it. */
export function itemView(record: StreamRecord, note: (ruleId: string) => string): ItemView {
  const first = record.findings[0];
  const location = record.uri ? `${vscode.workspace.asRelativePath(vscode.Uri.parse(record.uri))}:${(record.insertAt?.line ?? 0) + 1}` : undefined;
  return {
    id: record.id,
    title: first ? first.message : 'Unsafe output',
    source: record.source,
    kind: record.kind,
    language: record.language,
    time: record.time,
    location,
    text: record.text,
    findings: record.findings.map(f => ({
      ruleId: f.ruleId, message: f.message, cwe: f.cwe, severity: f.severity, status: f.status,
      start: f.start.offset, end: f.end.offset, line: f.start.line, note: note(f.ruleId),
    })),
    trajectory: record.trajectory,
    threshold: record.threshold,
    method: record.method,
    alarmOffset: record.alarmOffset,
    onset: record.onset,
    minSafety: record.minSafety,
    verdict: record.verdict,
  };
}

/**
 * The details webview of the sidebar: the selected item's text with its findings highlighted,
 * the s_t plot with λ, the alarm and the onset, the rules' notes, and verdict buttons. Locked
 * down: CSP `default-src 'none'`, one nonce'd script, resources from the extension only.
 */
export class DetailsView implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private current: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly monitor: MonitorService) {
    this.disposables.push(vscode.window.registerWebviewViewProvider('vigil.details', this));
    monitor.onDidChangeItems(() => this.post(), this, this.disposables);
  }

  get currentId(): string | undefined {
    return this.current;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    const webview = view.webview;
    webview.options = {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(this.extensionUri, 'media')],
    };
    const nonce = crypto.randomBytes(16).toString('base64');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'details.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'details.css'));
    webview.html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${webview.cspSource} data:; style-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}"><title>Vigil details</title></head>
<body><div id="root"></div><script nonce="${nonce}" src="${script}"></script></body></html>`;
    webview.onDidReceiveMessage((m: PageMessage) => this.receive(m), this, this.disposables);
    view.onDidDispose(() => (this.view = undefined), this, this.disposables);
  }

  /** Shows a record (and reveals the view). */
  async show(id: string): Promise<void> {
    this.current = id;
    if (!this.view) await vscode.commands.executeCommand('vigil.details.focus');
    else this.view.show(true);
    this.post();
  }

  private post(): void {
    if (!this.view) return;
    const record = (this.current && this.monitor.get(this.current)) || this.monitor.items()[0];
    const note = (ruleId: string) => this.monitor.ruleById(ruleId)?.note ?? '';
    const message: HostMessage = { type: 'show', item: record ? itemView(record, note) : null, empty: { streams: this.monitor.state.streams } };
    void this.view.webview.postMessage(message);
  }

  private receive(m: PageMessage): void {
    switch (m.type) {
      case 'ready':
        this.post();
        break;
      case 'verdict':
        void vscode.commands.executeCommand(m.verdict === 'unsafe' ? Command.ConfirmUnsafe : Command.MarkFalseAlarm, m.id);
        break;
      case 'open': {
        const r = this.monitor.get(m.id);
        if (r?.uri) {
          const at = new vscode.Position(r.insertAt?.line ?? 0, r.insertAt?.character ?? 0);
          void vscode.window.showTextDocument(vscode.Uri.parse(r.uri), { selection: new vscode.Range(at, at) });
        }
        break;
      }
      case 'showRule':
        void vscode.commands.executeCommand(Command.ShowRule, m.ruleId);
        break;
      case 'playDemo':
        void vscode.commands.executeCommand(Command.PlayDemo);
        break;
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
