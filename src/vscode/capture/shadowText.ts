import * as vscode from 'vscode';

/** Documents larger than this are not shadowed: their replacements are judged without the old text. */
const MAX_SHADOW_CHARS = 2 * 1024 * 1024;

/**
 * The text of each open document as it was before the latest change, kept in step with every
 * change event, so that a replacement can be compared with what it replaced.
 */
export class ShadowText implements vscode.Disposable {
  private readonly texts = new Map<vscode.TextDocument, string>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor() {
    for (const d of vscode.workspace.textDocuments) this.open(d);
    vscode.workspace.onDidOpenTextDocument(this.open, this, this.disposables);
    vscode.workspace.onDidCloseTextDocument(d => this.texts.delete(d), this, this.disposables);
  }

  private open(document: vscode.TextDocument): void {
    if (document.getText().length <= MAX_SHADOW_CHARS) this.texts.set(document, document.getText());
  }

  /** The text before `e` (call before `apply`), or undefined for unshadowed documents. */
  before(document: vscode.TextDocument): string | undefined {
    return this.texts.get(document);
  }

  /** Brings the shadow up to date with a change event. */
  apply(e: vscode.TextDocumentChangeEvent): void {
    let text = this.texts.get(e.document);
    if (text === undefined) return;
    // Changes of one event refer to the document before the event; apply them from the end.
    const changes = [...e.contentChanges].sort((a, b) => b.rangeOffset - a.rangeOffset);
    for (const c of changes) text = text.slice(0, c.rangeOffset) + c.text + text.slice(c.rangeOffset + c.rangeLength);
    if (text.length > MAX_SHADOW_CHARS) this.texts.delete(e.document);
    else this.texts.set(e.document, text);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
    this.texts.clear();
  }
}
