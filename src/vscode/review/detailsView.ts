import * as crypto from 'node:crypto';
import * as vscode from 'vscode';
import { StreamRecord } from '../../core';
import { MonitorService } from '../monitorService';

/** The details webview of the sidebar: the selected flagged item. */
export class DetailsView implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private current: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri, private readonly monitor: MonitorService) {
    this.disposables.push(vscode.window.registerWebviewViewProvider('vigil.details', this));
    monitor.onDidChangeItems(() => this.render(), this, this.disposables);
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: false, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] };
    this.render();
  }

  get currentId(): string | undefined {
    return this.current;
  }

  show(id: string): void {
    this.current = id;
    this.render();
  }

  private render(): void {
    if (!this.view) return;
    const record = this.current ? this.monitor.get(this.current) : this.monitor.items()[0];
    const nonce = crypto.randomBytes(16).toString('base64');
    const csp = `default-src 'none'; style-src 'nonce-${nonce}';`;
    this.view.webview.html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}">
<style nonce="${nonce}">body{font-family:var(--vscode-font-family);color:var(--vscode-foreground)} pre{white-space:pre-wrap;font-family:var(--vscode-editor-font-family)}</style></head>
<body>${record ? body(record) : '<p>No flagged items yet. Vigil watches what AI assistants insert; run <b>Vigil: Play Demo</b> to see an alarm.</p>'}</body></html>`;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function body(r: StreamRecord): string {
  return `<h3>${esc(r.findings[0]?.message ?? 'Unsafe output')}</h3><p>min s_t ${r.minSafety.toFixed(3)}, λ ${r.threshold}</p><pre>${esc(r.text)}</pre>`;
}
