import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { closeAllEditorsDiscarding, waitFor } from './helpers';
import { diagnosticsOf, insertAsAssistant, openNewFile, ruleIdOf, setSetting, settle, vigilApi } from './vigilApi';

const CONTEXT = 'import subprocess\nimport yaml\n\n';
const INSECURE = 'def run(host):\n    out = subprocess.check_output("ping -c 1 " + host, shell=True)\n    return out\n\n\ndef load(path):\n    return yaml.load(open(path))\n';
const SAFE = 'def add(a, b):\n    """Add two numbers."""\n    total = a + b\n    return total\n';

describe('issue 4: the extension users install', function () {
  this.timeout(120_000);
  afterEach(async () => {
    await vscode.commands.executeCommand('vigil.clearAlarm');
    await closeAllEditorsDiscarding();
  });

  describe('capture of AI insertions', () => {
    it('an inserted insecure completion gets diagnostics on the right ranges, an alarm and a sidebar item', async () => {
      const api = await vigilApi();
      const before = api.monitor.items().length;
      const editor = await openNewFile('.py', CONTEXT);
      const at = await insertAsAssistant(editor, INSECURE);
      const ds = await diagnosticsOf(editor.document.uri, 2);
      const flagged = Object.fromEntries(ds.map(d => [ruleIdOf(d), editor.document.getText(d.range)]));
      assert.ok(Object.values(flagged).some(t => t.includes('shell=True')), `shell=True is flagged: ${JSON.stringify(flagged)}`);
      assert.ok(Object.values(flagged).some(t => /yaml\.load\(open\(path\)\)|yaml\.load/.test(t)), `yaml.load is flagged: ${JSON.stringify(flagged)}`);
      for (const d of ds) {
        assert.ok(d.range.start.isAfterOrEqual(at), 'diagnostics sit inside the insertion, not in the context');
        assert.match(d.message, /CWE-\d+/, 'the message names the CWE');
        assert.ok(typeof d.code === 'object' && d.code.target.scheme === 'vigil-rule', 'the code links to the rule documentation');
      }
      assert.ok(api.monitor.state.openAlarms > 0, 'the status bar shows an open alarm');
      assert.strictEqual(api.monitor.items().length, before + 1);
      const item = api.monitor.items()[0];
      assert.strictEqual(item.source, 'agent');
      assert.strictEqual(item.uri, editor.document.uri.toString());
      assert.strictEqual(item.text, INSECURE, 'exactly the inserted text was monitored');
      assert.ok(item.trajectory.length > 1, 'the capture was replayed in chunks: it has a signal trajectory');
      const days = api.tree.getChildren();
      const rows = days.flatMap(day => api.tree.getChildren(day));
      assert.ok(rows.some(r => r.kind === 'item' && r.record.id === item.id), 'the tree lists the item');
      const row = rows.find(r => r.kind === 'item' && r.record.id === item.id)!;
      assert.match(String(api.tree.getTreeItem(row).description), /generated_.*\.py:\d+/, 'the description is file:line');
    });

    it('a safe insertion is monitored but leaves nothing behind', async () => {
      const api = await vigilApi();
      const before = { items: api.monitor.items().length, streams: api.monitor.state.streams };
      const editor = await openNewFile('.py', 'import math\n\n');
      await insertAsAssistant(editor, SAFE);
      await waitFor('the stream to be monitored', () => api.monitor.state.streams > before.streams && api.monitor.state.monitoring === 0);
      await settle(500);
      assert.strictEqual(api.monitor.items().length, before.items);
      assert.deepStrictEqual(vscode.languages.getDiagnostics(editor.document.uri).filter(d => d.source === 'Vigil'), []);
    });

    it('typing and pasting are not captured', async () => {
      const api = await vigilApi();
      const before = api.monitor.state.streams;
      const editor = await openNewFile('.py', '');
      await editor.edit(b => b.insert(new vscode.Position(0, 0), 'x = 1\n'));
      await vscode.env.clipboard.writeText(INSECURE);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(editor.document.uri, editor.document.positionAt(editor.document.getText().length), INSECURE);
      await vscode.workspace.applyEdit(edit);
      await settle();
      assert.strictEqual(api.monitor.state.streams, before, 'a small edit and a paste are not AI insertions');
    });
  });

  describe('workspace rule settings', () => {
    afterEach(async () => {
      await setSetting('rules', undefined);
      await setSetting('customRules', undefined);
    });

    it('a rule turned off in workspace settings reports nothing', async () => {
      await setSetting('rules', { 'python.subprocess-shell-true': 'off' });
      const editor = await openNewFile('.py', CONTEXT);
      await insertAsAssistant(editor, INSECURE);
      const ds = await diagnosticsOf(editor.document.uri, 1);
      await settle(500);
      const ids = vscode.languages.getDiagnostics(editor.document.uri).filter(d => d.source === 'Vigil').map(ruleIdOf);
      assert.ok(!ids.includes('python.subprocess-shell-true'), `the rule is off: ${ids.join(', ')}`);
      assert.ok(ds.length >= 1, 'other rules still report');
    });

    it('a custom rule from settings fires; a broken one is named in a clear error while built-in rules keep working', async () => {
      const api = await vigilApi();
      await setSetting('customRules', [
        { id: 'team.no-print-secrets', languages: ['python'], severity: 'error', confidence: 'high', message: 'secret printed to the log', cwe: ['CWE-532'], query: '(call function: (identifier) @f arguments: (argument_list (identifier) @a) (#eq? @f "print") (#match? @a "secret")) @finding' },
        { id: 'team.broken', languages: ['python'], severity: 'error', message: 'broken', query: '(call function: (no_such_node) @f) @finding' },
      ]);
      await waitFor('the broken rule to be reported', () => api.workspaceRules.problems.some(p => p.includes("rule 'team.broken'") && p.includes('does not compile')));
      const editor = await openNewFile('.py', CONTEXT);
      await insertAsAssistant(editor, `${INSECURE}\n\ndef leak(api_secret):\n    print(api_secret)\n    return None\n`);
      const ds = await diagnosticsOf(editor.document.uri, 3);
      const ids = ds.map(ruleIdOf);
      assert.ok(ids.includes('team.no-print-secrets'), `the custom rule fires: ${ids.join(', ')}`);
      assert.ok(ids.includes('python.subprocess-shell-true'), 'built-in rules still fire');
    });

    it('a broken rule file under .vigil/rules gets a diagnostic naming the problem', async () => {
      const api = await vigilApi();
      const folder = vscode.workspace.workspaceFolders![0].uri.fsPath;
      const file = path.join(folder, '.vigil', 'rules', 'bad.yaml');
      const uri = vscode.Uri.file(file);
      // Written the way a user writes it: in an editor, then saved.
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('id: team.placeholder\n'));
      const editor = await vscode.window.showTextDocument(uri);
      await editor.edit(b => b.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), 'id: team.bad-severity\nlanguages: [python]\nseverity: fatal\nmessage: x\nregex: "x"\n'));
      await editor.document.save();
      try {
        const d = await waitFor('the diagnostic of the saved rule', () => vscode.languages.getDiagnostics(uri).find(x => x.message.includes('team.bad-severity')), 30_000);
        assert.match(d.message, /team\.bad-severity.*severity must be one of/);
        assert.strictEqual(d.range.start.line, 0, 'on the line of the rule');
        assert.ok(api.workspaceRules.problems.some(p => p.includes('team.bad-severity')));
        // Fixed in the editor and saved, the rule is in force for the next insertion.
        await editor.edit(b => b.replace(new vscode.Range(0, 0, editor.document.lineCount, 0), 'id: team.no-todo-secrets\nlanguages: [python]\nseverity: error\nconfidence: high\nmessage: secret marker left in code\ncwe: [CWE-798]\nregex: "TODO_SECRET_[0-9]+"\n'));
        await editor.document.save();
        await waitFor('the rule file diagnostics to clear', () => vscode.languages.getDiagnostics(uri).length === 0, 30_000);
        const code = await openNewFile('.py', 'import os\n\n');
        await insertAsAssistant(code, 'def token():\n    value = "TODO_SECRET_12345"\n    return value\n');
        const ds = await diagnosticsOf(code.document.uri, 1);
        assert.ok(ds.some(x => ruleIdOf(x) === 'team.no-todo-secrets'), `the rule from the file fires: ${ds.map(ruleIdOf).join(', ')}`);
      } finally {
        fs.rmSync(path.join(folder, '.vigil'), { recursive: true, force: true });
      }
    });
  });

  describe('quick fixes', () => {
    async function flagged(): Promise<{ editor: vscode.TextEditor; ds: vscode.Diagnostic[] }> {
      const editor = await openNewFile('.py', CONTEXT);
      await insertAsAssistant(editor, INSECURE);
      return { editor, ds: await diagnosticsOf(editor.document.uri, 2) };
    }
    async function actionsFor(editor: vscode.TextEditor, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
      return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, d.range, vscode.CodeActionKind.QuickFix.value);
    }
    async function apply(action: vscode.CodeAction): Promise<void> {
      if (action.edit) await vscode.workspace.applyEdit(action.edit);
      if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    }

    it('offers the rule fix, and applying it clears the diagnostic', async () => {
      const { editor, ds } = await flagged();
      const yamlDiagnostic = ds.find(d => ruleIdOf(d) === 'python.yaml-unsafe-load');
      assert.ok(yamlDiagnostic, 'yaml.load is flagged');
      const fix = (await actionsFor(editor, yamlDiagnostic)).find(a => a.title === 'Use yaml.safe_load');
      assert.ok(fix, 'the rule fix is offered');
      await apply(fix);
      assert.ok(editor.document.getText().includes('yaml.safe_load(open(path))'));
      await waitFor('the fixed finding to go away', () => !vscode.languages.getDiagnostics(editor.document.uri).some(d => ruleIdOf(d) === 'python.yaml-unsafe-load'));
    });

    it('undoes the AI insertion while it is unchanged', async () => {
      const { editor, ds } = await flagged();
      const undo = (await actionsFor(editor, ds[0])).find(a => a.title === 'Undo this AI insertion');
      assert.ok(undo, 'undo is offered');
      await apply(undo);
      await waitFor('the insertion to be removed', () => editor.document.getText() === CONTEXT);
      await waitFor('its diagnostics to go', () => vscode.languages.getDiagnostics(editor.document.uri).filter(d => d.source === 'Vigil').length === 0);
    });

    it('turns the rule off in the workspace', async () => {
      const { editor, ds } = await flagged();
      const d = ds.find(x => ruleIdOf(x) === 'python.subprocess-shell-true')!;
      const off = (await actionsFor(editor, d)).find(a => a.title.startsWith('Turn off rule python.subprocess-shell-true'));
      assert.ok(off);
      await apply(off);
      try {
        const rules = vscode.workspace.getConfiguration('vigil').inspect<Record<string, string>>('rules')?.workspaceValue;
        assert.strictEqual(rules?.['python.subprocess-shell-true'], 'off');
        await waitFor('the diagnostic to go', () => !vscode.languages.getDiagnostics(editor.document.uri).some(x => ruleIdOf(x) === 'python.subprocess-shell-true'));
      } finally {
        await setSetting('rules', undefined);
      }
    });

    it('marks the item as a false alarm', async () => {
      const api = await vigilApi();
      const { editor, ds } = await flagged();
      const mark = (await actionsFor(editor, ds[0])).find(a => a.title === 'Mark as false alarm');
      assert.ok(mark);
      await apply(mark);
      const id = mark.command!.arguments![0] as string;
      assert.strictEqual(api.monitor.get(id)?.verdict, 'false-alarm');
      await waitFor('its diagnostics to go', () => vscode.languages.getDiagnostics(editor.document.uri).filter(x => x.source === 'Vigil').length === 0);
    });
  });

  describe('the durable log and exports', () => {
    it('keeps items and verdicts across a reload of the log', async () => {
      const api = await vigilApi();
      const editor = await openNewFile('.py', CONTEXT);
      await insertAsAssistant(editor, INSECURE);
      await diagnosticsOf(editor.document.uri, 1);
      const [newest] = api.monitor.items();
      await vscode.commands.executeCommand('vigil.confirmUnsafe', newest.id);
      const before = api.monitor.items().map(r => [r.id, r.verdict ?? null]);
      const report = api.monitor.reloadLog();
      assert.strictEqual(report.skipped, 0);
      assert.deepStrictEqual(api.monitor.items().map(r => [r.id, r.verdict ?? null]), before);
      assert.strictEqual(api.monitor.get(newest.id)?.verdict, 'unsafe');
    });

    it('exports flagged items as SARIF 2.1.0 that validates against the schema', async () => {
      const api = await vigilApi();
      if (!api.monitor.items().length) {
        const editor = await openNewFile('.py', CONTEXT);
        await insertAsAssistant(editor, INSECURE);
        await diagnosticsOf(editor.document.uri, 1);
      }
      const target = vscode.Uri.file(path.join(os.tmpdir(), `vigil-${process.pid}.sarif`));
      await vscode.commands.executeCommand('vigil.exportSarif', target);
      const log = JSON.parse(fs.readFileSync(target.fsPath, 'utf8'));
      const Ajv = require('ajv-draft-04');
      const addFormats = require('ajv-formats');
      const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
      addFormats(ajv);
      const validate = ajv.compile(require('@microsoft/sarif-matcher-utils/lib/schemas/sarif-2.1.0-rtm.5.json'));
      assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 5)));
      const run = log.runs[0];
      assert.ok(run.results.length >= 1);
      assert.ok(run.tool.driver.rules.every((r: { properties?: { tags?: string[] } }) => r.properties?.tags?.some(t => t.startsWith('external/cwe/'))), 'rules carry their CWE');
      assert.strictEqual(typeof run.properties.vigil.lambda, 'number');
      assert.ok('epsilon' in run.properties.vigil && 'delta' in run.properties.vigil && run.properties.vigil.method);
    });

    it('exports verdicts as labelled streams', async () => {
      const api = await vigilApi();
      const target = vscode.Uri.file(path.join(os.tmpdir(), `vigil-${process.pid}.jsonl`));
      const reviewed = api.monitor.items().filter(r => r.verdict);
      assert.ok(reviewed.length > 0, 'earlier tests left verdicts');
      await vscode.commands.executeCommand('vigil.exportStreams', target);
      const lines = fs.readFileSync(target.fsPath, 'utf8').trim().split('\n').map(l => JSON.parse(l));
      assert.strictEqual(lines.length, reviewed.length);
      for (const l of lines) {
        assert.ok(['safe', 'unsafe'].includes(l.label) && ['code', 'chat'].includes(l.kind) && typeof l.text === 'string');
      }
    });
  });
});

describe('issue 5 in the extension: the calibrated monitor', function () {
  this.timeout(120_000);

  it('states the guarantee of the calibration in force', async () => {
    const api = await vigilApi();
    await api.monitor.engine();
    assert.match(api.monitor.guarantee, /false alarms ≤ 5% on average, CRC/);
    assert.strictEqual(api.monitor.description.method, 'crc');
    assert.strictEqual(api.monitor.description.epsilon, 0.05);
  });

  it('says clearly that there are too few verdicts to recalibrate', async () => {
    const result = await vscode.commands.executeCommand<{ error?: string }>('vigil.recalibrate');
    assert.ok(result?.error, 'recalibration is refused');
    assert.match(result.error, /cannot recalibrate from \d+ verdict\(s\): .*\d+/, 'the message names how many are needed');
  });

  it('uses a fixed λ from the settings, and says there is no guarantee then', async () => {
    const api = await vigilApi();
    await setSetting('monitor.threshold', 0.3);
    try {
      await waitFor('the fixed λ', () => api.monitor.threshold === 0.3);
      assert.match(api.monitor.guarantee, /fixed λ = 0\.3 \(no guarantee\)/);
    } finally {
      await setSetting('monitor.threshold', undefined);
    }
  });
});

describe('issue 4: accepting an inline suggestion with Tab', function () {
  this.timeout(120_000);
  let provider: vscode.Disposable;
  const SUGGESTION = 'subprocess.call("rm -rf " + target, shell=True)\n';
  before(() => {
    provider = vscode.languages.registerInlineCompletionItemProvider({ pattern: '**/generated_*.py' }, {
      provideInlineCompletionItems: (doc, position) => doc.lineAt(position.line).text.trim() === '' ? [new vscode.InlineCompletionItem(SUGGESTION, new vscode.Range(position, position))] : [],
    });
  });
  after(async () => {
    provider.dispose();
    await vscode.commands.executeCommand('vigil.clearAlarm');
    await closeAllEditorsDiscarding();
  });

  it('records exactly the accepted text and flags it', async () => {
    const api = await vigilApi();
    const editor = await openNewFile('.py', 'import subprocess\n\ndef clean(target):\n    ');
    const end = editor.document.positionAt(editor.document.getText().length);
    editor.selection = new vscode.Selection(end, end);
    const before = api.monitor.items().length;
    // Show the ghost text, then accept it the way Tab does when a suggestion is visible.
    await waitFor('the suggestion to be accepted', async () => {
      await vscode.commands.executeCommand('editor.action.inlineSuggest.trigger');
      await new Promise(r => setTimeout(r, 500));
      await vscode.commands.executeCommand('vigil.acceptInlineSuggestion');
      return editor.document.getText().includes('shell=True');
    }, 30_000);
    const item = await waitFor('the captured item', () => api.monitor.items().length > before && api.monitor.items()[0]);
    assert.strictEqual(item.source, 'inline');
    assert.strictEqual(item.text, SUGGESTION, 'exactly the inserted text');
    const ds = await diagnosticsOf(editor.document.uri, 1);
    assert.ok(ds.some(d => editor.document.getText(d.range).includes('shell=True')));
  });
});
