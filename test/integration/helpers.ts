// Helpers for suites that run inside the extension host.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'vigil-dev.vigil';

/** The installed Vigil extension, activated. */
export async function activeVigil(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed in this extension host`);
  await ext.activate();
  assert.ok(ext.isActive, `${EXTENSION_ID} did not activate`);
  return ext;
}

/** Polls until `probe` returns a value that is not undefined/false, or fails after timeoutMs. */
export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise(r => setTimeout(r, 100));
  }
}

/** Vigil's diagnostics, across all documents. */
export function vigilDiagnostics(): Array<[vscode.Uri, vscode.Diagnostic]> {
  return vscode.languages.getDiagnostics().flatMap(([uri, ds]) => ds.filter(d => d.source === 'Vigil').map(d => [uri, d] as [vscode.Uri, vscode.Diagnostic]));
}

/** Closes every editor without saving (a save prompt would hang the run). */
export async function closeAllEditorsDiscarding(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.tabGroups.all.some(g => g.tabs.length > 0); i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}

export function realpath(p: string): string {
  try { return fs.realpathSync(p); } catch { return p; }
}
