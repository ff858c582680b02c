import * as path from 'node:path';
import * as vscode from 'vscode';
import { StreamRecord } from '../core';
import { CaptureService } from './capture/captureService';
import { Command } from './commands';
import { readConfig, VigilConfig } from './config';
import { playDemo } from './demo';
import { Diagnostics } from './diagnostics';
import { FlaggedRegions } from './findings/flaggedRegions';
import { ChatGuard } from './guards/chatParticipant';
import { GuardedModels } from './guards/guardedModels';
import { GuardedInlineProvider } from './guards/inlineProvider';
import { API_KEY_SECRET, Upstream } from './guards/upstream';
import { QuickFixes } from './findings/quickFixes';
import { RULE_DOC_SCHEME, RuleDocs, ruleDocUri } from './findings/ruleDocs';
import { Log } from './log';
import { MonitorService } from './monitorService';
import { ProxyController } from './proxyController';
import { DetailsView } from './review/detailsView';
import { recordsToLabelledStreams, recordsToSarif, saveText } from './review/exports';
import { FlaggedTree } from './review/flaggedTree';
import { WorkspaceRules } from './rules/workspaceRules';
import { StatusBar } from './statusBar';

/** Set by the bundle's first line (esbuild banner); undefined when running unbundled. */
declare const __vigilLoadStart: number | undefined;
/** Set by the bundle's last line (esbuild footer): module evaluation ends there. */
declare const __vigilLoadEnd: number | undefined;

/** What activation returns: the services, for integration tests and other extensions. */
export interface VigilApi {
  monitor: MonitorService;
  chatGuard: ChatGuard;
  guardedModels: GuardedModels;
  inline: GuardedInlineProvider;
  regions: FlaggedRegions;
  tree: FlaggedTree;
  workspaceRules: WorkspaceRules;
  proxy: ProxyController;
  /** Milliseconds from the bundle starting to load to activate() returning, and of activate() alone. */
  activation: { totalMs: number; activateMs: number; loadMs: number };
}

/** Accepts a tree node, a record id, or nothing (the item shown in the details view). */
type ItemArg = { record?: { id: string } } | string | undefined;

export function activate(context: vscode.ExtensionContext): VigilApi {
  const started = performance.now();
  const log = new Log();
  let config: VigilConfig = loadConfig(log);
  const monitor = new MonitorService(context.storageUri?.fsPath, log, path.join(context.globalStorageUri.fsPath, 'calibration.json'));
  const regions = new FlaggedRegions(monitor, log);
  const capture = new CaptureService(monitor, () => config, log);
  const tree = new FlaggedTree(monitor);
  const details = new DetailsView(context.extensionUri, monitor);
  const workspaceRules = new WorkspaceRules(log, () => config.customRules);
  const chatGuard = new ChatGuard(monitor, log);
  const upstream = new Upstream(context.secrets);
  const guardedModels = new GuardedModels(upstream, monitor, log);
  const inline = new GuardedInlineProvider(upstream, monitor, log);
  const proxy = new ProxyController(monitor, log);
  context.subscriptions.push(guardedModels, inline, proxy);
  // The proxy (when enabled) starts after activation returns; it needs the engine.
  setTimeout(() => void proxy.apply(), 0);
  context.subscriptions.push(log, monitor, regions, capture, new StatusBar(monitor), new Diagnostics(regions), tree, details, workspaceRules, chatGuard);
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ scheme: '*' }, new QuickFixes(regions), { providedCodeActionKinds: QuickFixes.kinds }),
    vscode.workspace.registerTextDocumentContentProvider(RULE_DOC_SCHEME, new RuleDocs(id => monitor.ruleById(id))),
  );

  // Whenever the custom rules are read again (settings, rule files saved or changed, trust granted),
  // they go into the engine, their compile problems are reported, and flagged regions re-checked.
  workspaceRules.onDidChange(async () => {
    try {
      workspaceRules.reportProblems(await monitor.setCustomRules(workspaceRules.rules));
      regions.recheckAll();
    } catch (e) {
      log.error(e as Error);
    }
  }, undefined, context.subscriptions);
  const applyRules = () => workspaceRules.reload();
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(e => {
    if (!e.affectsConfiguration('vigil')) return;
    config = loadConfig(log);
    if (e.affectsConfiguration('vigil.customRules')) void applyRules();
    else if (e.affectsConfiguration('vigil.rules')) regions.recheckAll();
    if (e.affectsConfiguration('vigil.monitor')) monitor.reconfigure();
  }));
  // Custom rules are read after activation returns, so start-up stays fast.
  setTimeout(() => void applyRules().catch(e => log.error(e as Error)), 0);

  const itemId = (arg: ItemArg) => (typeof arg === 'string' ? arg : arg?.record?.id ?? details.currentId);
  const register = (id: Command, fn: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  register(Command.PlayDemo, () => playDemo(monitor, capture).catch(e => {
    log.error(e as Error);
    void vscode.window.showErrorMessage(`Vigil demo failed: ${(e as Error).message}`);
  }));
  register(Command.AcceptInline, () => capture.accept('all'));
  register(Command.AcceptInlineWord, () => capture.accept('word'));
  register(Command.AcceptInlineLine, () => capture.accept('line'));
  register(Command.ShowReview, () => tree.reveal());
  register(Command.ClearAlarm, () => monitor.clearAlarms());
  register(Command.ShowLog, () => log.show());
  register(Command.OpenItem, async (arg: ItemArg) => {
    const record = monitor.get(itemId(arg) ?? '');
    if (!record) return;
    await details.show(record.id);
    if (record.uri) {
      const at = new vscode.Position(record.insertAt?.line ?? 0, record.insertAt?.character ?? 0);
      await vscode.window.showTextDocument(vscode.Uri.parse(record.uri), { selection: new vscode.Range(at, at), preserveFocus: true, preview: true }).then(undefined, () => undefined);
    }
  });
  register(Command.ShowRule, (ruleId: string) => vscode.commands.executeCommand('markdown.showPreview', ruleDocUri(ruleId)));
  register(Command.ConfirmUnsafe, (arg: ItemArg) => {
    const id = itemId(arg);
    if (id) monitor.setVerdict(id, 'unsafe');
  });
  register(Command.MarkFalseAlarm, (arg: ItemArg) => {
    const id = itemId(arg);
    if (!id) return;
    monitor.setVerdict(id, 'false-alarm');
    regions.remove(id);
  });
  register(Command.DeleteItem, (arg: ItemArg) => {
    const id = itemId(arg);
    if (!id) return;
    monitor.delete(id);
    regions.remove(id);
  });
  register(Command.UndoInsertion, async (id: string) => {
    for (const document of regions.documents()) {
      const region = regions.in(document).find(r => r.record.id === id);
      if (!region) continue;
      if (document.getText().slice(region.start, region.end) !== region.original) {
        void vscode.window.showWarningMessage('Vigil: the inserted text has been edited since; undo it by hand.');
        return;
      }
      const edit = new vscode.WorkspaceEdit();
      edit.delete(document.uri, new vscode.Range(document.positionAt(region.start), document.positionAt(region.end)));
      await capture.quietly(document, () => vscode.workspace.applyEdit(edit));
      regions.remove(id);
    }
  });
  register(Command.SuppressRule, async (ruleId: string, uri?: vscode.Uri) => {
    const settings = vscode.workspace.getConfiguration('vigil', uri);
    const current = { ...(settings.inspect<Record<string, string>>('rules')?.workspaceValue ?? {}) };
    current[ruleId] = 'off';
    await settings.update('rules', current, vscode.ConfigurationTarget.Workspace);
    void vscode.window.showInformationMessage(`Vigil: rule ${ruleId} is off in this workspace (setting vigil.rules).`);
  });

  const version = String(context.extension.packageJSON.version ?? '0.0.0');
  const sarifOf = (records: StreamRecord[]) => JSON.stringify(recordsToSarif(records, id => monitor.ruleById(id), monitor.description, version), null, 2);
  const writeOrSave = async (target: vscode.Uri | undefined, name: string, filters: Record<string, string[]>, text: string) => {
    if (target) {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
      return target;
    }
    return saveText(name, filters, text);
  };
  register(Command.SetUpstreamKey, async () => {
    const key = await vscode.window.showInputBox({ title: 'Vigil: API key of the upstream model server', prompt: 'Kept in VS Code\'s secret storage; sent only to vigil.upstream.baseUrl. Leave empty to remove it.', password: true, ignoreFocusOut: true });
    if (key === undefined) return;
    if (key) await context.secrets.store(API_KEY_SECRET, key);
    else await context.secrets.delete(API_KEY_SECRET);
    guardedModels.refresh();
  });
  register(Command.ConfigureUpstream, async () => {
    const settings = vscode.workspace.getConfiguration('vigil');
    const baseUrl = await vscode.window.showInputBox({ title: 'Vigil: upstream model server (1/3)', prompt: 'Base URL of an OpenAI-compatible server or Ollama', value: settings.get<string>('upstream.baseUrl') || 'http://localhost:11434', ignoreFocusOut: true });
    if (baseUrl === undefined) return;
    const style = await vscode.window.showQuickPick([{ label: 'openai', description: 'OpenAI-compatible (OpenAI, LM Studio, vLLM, Ollama\'s /v1)' }, { label: 'ollama', description: 'Ollama\'s native API' }], { title: 'Vigil: API style (2/3)' });
    if (!style) return;
    await settings.update('upstream.baseUrl', baseUrl, vscode.ConfigurationTarget.Global);
    await settings.update('upstream.apiStyle', style.label, vscode.ConfigurationTarget.Global);
    const choice = await vscode.window.showInformationMessage('Vigil: does the server need an API key? (3/3)', 'Set API Key', 'No Key');
    if (choice === 'Set API Key') await vscode.commands.executeCommand(Command.SetUpstreamKey);
    guardedModels.refresh();
  });
  register(Command.CopyProxyAddress, async () => {
    if (!proxy.address) {
      const choice = await vscode.window.showInformationMessage('Vigil: the monitoring proxy is off. Turn it on (vigil.proxy.enabled)?', 'Turn On');
      if (choice) await vscode.workspace.getConfiguration('vigil').update('proxy.enabled', true, vscode.ConfigurationTarget.Global);
      return;
    }
    await vscode.env.clipboard.writeText(proxy.address);
    void vscode.window.showInformationMessage(`Vigil: copied the proxy address ${proxy.address}. Use it as the API base of your assistant.`);
  });
  register(Command.Recalibrate, async () => {
    const reviewed = monitor.items().filter(r => r.verdict).length;
    try {
      const c = await monitor.recalibrate();
      void vscode.window.showInformationMessage(`Vigil: recalibrated from ${reviewed} verdict(s): λ = ${c.lambda?.toFixed(3) ?? c.evaluator?.threshold.toFixed(3)}, ${monitor.guarantee}.`);
      return c;
    } catch (e) {
      // Too few verdicts for the requested ε is the common case: the calibration says how many it needs.
      log.warn(`recalibration: ${(e as Error).message}`);
      const message = `Vigil cannot recalibrate from ${reviewed} verdict(s): ${(e as Error).message}`;
      void vscode.window.showWarningMessage(message);
      return { error: message };
    }
  });
  register(Command.ShowWithheld, async (id: string) => {
    const record = monitor.get(id);
    if (!record) return;
    const choice = await vscode.window.showWarningMessage('Vigil stopped this text because it looked unsafe. Show it anyway? The override is recorded.', { modal: true }, 'Show Anyway');
    if (choice !== 'Show Anyway') return;
    monitor.markOverride(id);
    const doc = await vscode.workspace.openTextDocument({ language: record.kind === 'chat' ? 'markdown' : record.language ?? 'plaintext', content: record.text });
    await vscode.window.showTextDocument(doc, { preview: true });
  });
  register(Command.ExportSarif, async (target?: vscode.Uri) => {
    const items = monitor.items();
    if (!items.length) {
      void vscode.window.showInformationMessage('Vigil: there are no flagged items to export.');
      return undefined;
    }
    const saved = await writeOrSave(target, 'vigil.sarif', { SARIF: ['sarif', 'json'] }, sarifOf(items));
    if (saved && !target) void vscode.window.showInformationMessage(`Vigil: exported ${items.length} flagged item(s) to ${vscode.workspace.asRelativePath(saved)}.`);
    return saved;
  });
  register(Command.CopyAsSarif, async (arg: ItemArg) => {
    const record = monitor.get(itemId(arg) ?? '');
    if (!record) return;
    await vscode.env.clipboard.writeText(sarifOf([record]));
    void vscode.window.setStatusBarMessage('Vigil: SARIF copied to the clipboard', 3000);
  });
  register(Command.ExportStreams, async (target?: vscode.Uri) => {
    const reviewed = monitor.items().filter(r => r.verdict);
    if (!reviewed.length) {
      void vscode.window.showInformationMessage('Vigil: no item has a verdict yet. Confirm items as unsafe or mark them as false alarms in the Vigil sidebar first.');
      return undefined;
    }
    const saved = await writeOrSave(target, 'vigil-streams.jsonl', { 'Labelled streams': ['jsonl'] }, recordsToLabelledStreams(reviewed));
    if (saved && !target) void vscode.window.showInformationMessage(`Vigil: exported ${reviewed.length} labelled stream(s) to ${vscode.workspace.asRelativePath(saved)}.`);
    return saved;
  });

  const done = performance.now();
  const loadStart = typeof __vigilLoadStart === 'number' ? __vigilLoadStart : started;
  const loadEnd = typeof __vigilLoadEnd === 'number' ? __vigilLoadEnd : started;
  const activation = { totalMs: done - loadStart, activateMs: done - started, loadMs: loadEnd - loadStart };
  log.info(`activated in ${activation.totalMs.toFixed(1)} ms (code loading ${activation.loadMs.toFixed(1)} ms, activate() ${activation.activateMs.toFixed(1)} ms; the engine and grammars load on first use)`);
  return { monitor, chatGuard, guardedModels, inline, regions, tree, workspaceRules, proxy, activation };
}

function loadConfig(log: Log): VigilConfig {
  const { config, problems } = readConfig();
  for (const p of problems) {
    log.warn(`${p.setting}: ${p.message}`);
    void vscode.window.showWarningMessage(`Vigil: setting ${p.setting} ${p.message}`);
  }
  return config;
}

export function deactivate(): void {}
