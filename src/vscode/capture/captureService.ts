import * as vscode from 'vscode';
import { StreamSource } from '../../core';
import { VigilConfig } from '../config';
import { Log } from '../log';
import { MonitorService } from '../monitorService';
import { addedText, lineCount, onlyWhitespaceChanged } from './insertion';
import { ShadowText } from './shadowText';

/** Schemes of documents people write code in (not output panes, SCM input boxes, settings UIs). */
const MONITORED_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-notebook-cell']);

/** The clipboard's text, or '' when it cannot be read quickly (a browser may ask for permission and never answer). */
function readClipboard(timeoutMs = 300): Promise<string> {
  return Promise.race([
    Promise.resolve(vscode.env.clipboard.readText()).then(t => t, () => ''),
    new Promise<string>(resolve => setTimeout(() => resolve(''), timeoutMs)),
  ]);
}

/** The built-in commands that accept an inline suggestion, whole or in part. */
export const ACCEPT_COMMANDS = {
  all: 'editor.action.inlineSuggest.commit',
  word: 'editor.action.inlineSuggest.acceptNextWord',
  line: 'editor.action.inlineSuggest.acceptNextLine',
} as const;

export interface Capture {
  document: vscode.TextDocument;
  offset: number;
  text: string;
  source: StreamSource;
}

/**
 * Catches what assistants insert. Inline suggestions: Vigil's Tab (and accept-word/line)
 * commands run the built-in accept and record exactly the inserted range. Other AI insertions
 * (chat "insert"/"apply", agent edits, assistants with their own keys): one content change that
 * adds many characters or lines and is not an undo, a redo, a paste or a reformat.
 */
export class CaptureService implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** Documents being edited by Vigil itself or by an accept command it runs: not "other" insertions. */
  private readonly quiet = new Set<vscode.TextDocument>();
  private readonly shadow = new ShadowText();

  constructor(
    private readonly monitor: MonitorService,
    private readonly config: () => VigilConfig,
    private readonly log: Log,
  ) {
    this.disposables.push(this.shadow);
    vscode.workspace.onDidChangeTextDocument(e => {
      const before = this.shadow.before(e.document);
      this.shadow.apply(e);
      void this.onChange(e, before);
    }, this, this.disposables);
  }

  /** Runs `builtin` (an accept command) and monitors exactly what it inserted. */
  async accept(kind: keyof typeof ACCEPT_COMMANDS): Promise<void> {
    const builtin = ACCEPT_COMMANDS[kind];
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.config().enable || !this.config().capture.acceptKeys) {
      await vscode.commands.executeCommand(builtin);
      return;
    }
    const document = editor.document;
    const before = this.shadow.before(document) ?? document.getText();
    const version = document.version;
    const changes: vscode.TextDocumentContentChangeEvent[] = [];
    const listener = vscode.workspace.onDidChangeTextDocument(e => {
      if (e.document === document) changes.push(...e.contentChanges);
    });
    this.quiet.add(document);
    try {
      await vscode.commands.executeCommand(builtin);
      // The change event can trail the command's completion by a tick in a remote extension host.
      for (let i = 0; i < 20 && document.version === version; i++) await new Promise(r => setTimeout(r, 5));
    } finally {
      listener.dispose();
      this.quiet.delete(document);
    }
    for (const change of changes) {
      const old = before.slice(change.rangeOffset, change.rangeOffset + change.rangeLength);
      const added = addedText(change.rangeOffset, old, change.text);
      if (added.text) void this.monitorCapture({ document, offset: added.offset, text: added.text, source: 'inline' });
    }
  }

  /** Runs an edit of Vigil's own (a quick fix, the demo) without capturing it as an AI insertion. */
  async quietly<T>(document: vscode.TextDocument, edit: () => Thenable<T>): Promise<T> {
    this.quiet.add(document);
    try {
      return await edit();
    } finally {
      this.quiet.delete(document);
    }
  }

  private async onChange(e: vscode.TextDocumentChangeEvent, before: string | undefined): Promise<void> {
    const config = this.config();
    if (!config.enable || !config.capture.largeInsertions || this.quiet.has(e.document)) return;
    if (e.reason === vscode.TextDocumentChangeReason.Undo || e.reason === vscode.TextDocumentChangeReason.Redo) return;
    if (e.contentChanges.length !== 1 || !MONITORED_SCHEMES.has(e.document.uri.scheme)) return;
    const change = e.contentChanges[0];
    const old = before?.slice(change.rangeOffset, change.rangeOffset + change.rangeLength) ?? '';
    if (old && onlyWhitespaceChanged(old, change.text)) return; // a reformat
    const added = before === undefined ? { offset: change.rangeOffset, text: change.text } : addedText(change.rangeOffset, old, change.text);
    const { minCharacters, minLines } = config.capture;
    if (added.text.length < minCharacters && lineCount(added.text) < minLines) return;
    const clipboard = await readClipboard();
    if (clipboard && clipboard.trim() && (clipboard.trim() === change.text.trim() || clipboard.trim() === added.text.trim())) return; // a paste
    await this.monitorCapture({ document: e.document, offset: added.offset, text: added.text, source: 'agent' });
  }

  private async monitorCapture(capture: Capture): Promise<void> {
    const { document, offset, text, source } = capture;
    try {
      const context = document.getText().slice(0, offset);
      await this.monitor.replay({
        kind: 'code',
        language: document.languageId,
        context,
        text,
        source,
        uri: document.uri,
        insertAt: document.positionAt(offset),
      });
    } catch (e) {
      this.log.error(e as Error);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
