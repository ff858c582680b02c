import * as vscode from 'vscode';
import { Command } from './commands';
import { playDemo } from './demo';
import { Diagnostics } from './diagnostics';
import { Log } from './log';
import { MonitorService } from './monitorService';
import { DetailsView } from './review/detailsView';
import { FlaggedTree } from './review/flaggedTree';
import { StatusBar } from './statusBar';

export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  const log = new Log();
  const monitor = new MonitorService(context.storageUri?.fsPath, log);
  const tree = new FlaggedTree(monitor);
  const details = new DetailsView(context.extensionUri, monitor);
  context.subscriptions.push(log, monitor, new StatusBar(monitor), new Diagnostics(monitor), tree, details);

  const register = (id: Command, fn: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  register(Command.PlayDemo, () => playDemo(monitor).catch(e => {
    log.error(e as Error);
    void vscode.window.showErrorMessage(`Vigil demo failed: ${(e as Error).message}`);
  }));
  register(Command.ShowReview, () => tree.reveal());
  register(Command.ClearAlarm, () => monitor.clearAlarms());
  register(Command.ShowLog, () => log.show());
  register(Command.OpenItem, (id: string) => details.show(id));
  register(Command.ConfirmUnsafe, (node: { record?: { id: string } } | string) => monitor.setVerdict(typeof node === 'string' ? node : node.record!.id, 'unsafe'));
  register(Command.MarkFalseAlarm, (node: { record?: { id: string } } | string) => monitor.setVerdict(typeof node === 'string' ? node : node.record!.id, 'false-alarm'));
  register(Command.DeleteItem, (node: { record?: { id: string } } | string) => monitor.delete(typeof node === 'string' ? node : node.record!.id));
  log.info(`activated in ${(performance.now() - started).toFixed(1)} ms`);
}

export function deactivate(): void {}
