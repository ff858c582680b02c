// Access to the running extension's services and small steps shared by the issue-level suites.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { VigilApi } from '../../src/vscode/extension';
import { activeVigil, waitFor } from './helpers';

export async function vigilApi(): Promise<VigilApi> {
  const ext = await activeVigil();
  const api = ext.exports as VigilApi;
  assert.ok(api?.monitor, 'activate() returns the services');
  return api;
}

let fileCounter = 0;

/** A new real file in the workspace with `content`, opened in an editor. */
export async function openNewFile(extension: string, content: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
  const file = path.join(folder, 'src', `generated_${process.pid}_${++fileCounter}${extension}`);
  fs.writeFileSync(file, content);
  const doc = await vscode.workspace.openTextDocument(file);
  return vscode.window.showTextDocument(doc);
}

/**
 * Inserts `text` at the end of the editor's document in one edit, as a chat "Insert at Cursor",
 * "Apply" or an agent does; Vigil captures it as a large AI insertion.
 */
export async function insertAsAssistant(editor: vscode.TextEditor, text: string): Promise<vscode.Position> {
  const doc = editor.document;
  const at = doc.positionAt(doc.getText().length);
  await vscode.env.clipboard.writeText('');
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, at, text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit applies');
  return at;
}

/** Vigil diagnostics of one document, once at least `min` are there. */
export async function diagnosticsOf(uri: vscode.Uri, min = 1, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  return waitFor(`${min} Vigil diagnostic(s) on ${path.basename(uri.fsPath)}`, () => {
    const ds = vscode.languages.getDiagnostics(uri).filter(d => d.source === 'Vigil');
    return ds.length >= min && ds;
  }, timeoutMs);
}

export function ruleIdOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === 'object' ? d.code.value : d.code);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('vigil').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** For machine-scoped settings, which a workspace may not set (the proxy's). */
export async function setUserSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('vigil').update(key, value, vscode.ConfigurationTarget.Global);
}

/** Waits (a bounded, short time) so that a capture that should not happen would have happened. */
export function settle(ms = 1500): Promise<void> {
  return new Promise(r => setTimeout(r, ms));
}
