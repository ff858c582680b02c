import * as assert from 'assert';
import * as vscode from 'vscode';
import { activeVigil, closeAllEditorsDiscarding, vigilDiagnostics, waitFor } from './helpers';

describe('Vigil: Play Demo', () => {
  before(activeVigil);
  after(async () => {
    await vscode.commands.executeCommand('vigil.clearAlarm');
    await closeAllEditorsDiscarding();
  });

  it('streams an insecure completion through the monitor and flags it with diagnostics', async () => {
    await vscode.commands.executeCommand('vigil.playDemo');
    const diagnostics = await waitFor('Vigil diagnostics', () => { const d = vigilDiagnostics(); return d.length > 0 && d; });
    const [uri, first] = diagnostics[0];
    const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    assert.ok(doc, 'the diagnostics are on an open document');
    assert.strictEqual(doc.languageId, 'python');
    const code = typeof first.code === 'object' ? first.code.value : first.code;
    assert.match(String(code), /^python\./, 'the diagnostic code is the rule id');
    const flagged = diagnostics.map(([, d]) => doc.getText(d.range));
    assert.ok(flagged.some(t => /execute|shell=True|check_output/.test(t)), `a flagged range covers the SQL or shell call: ${JSON.stringify(flagged)}`);
  });
});
