import * as vscode from 'vscode';
import { Command } from './commands';
import { MonitorService } from './monitorService';

/**
 * The status bar shield: all well, monitoring (spinner), or an open alarm (error background and
 * a count). Its tooltip tells the last alarm, its s_t against λ and the guarantee in words.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('vigil.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly monitor: MonitorService) {
    this.item.name = 'Vigil';
    this.item.command = Command.ShowReview;
    monitor.onDidChangeState(this.render, this, this.disposables);
    this.render();
    this.item.show();
  }

  private render(): void {
    const state = this.monitor.state;
    const tip = new vscode.MarkdownString(undefined, true);
    tip.isTrusted = { enabledCommands: [Command.ShowReview, Command.ClearAlarm] };
    tip.appendMarkdown('**Vigil** watches what AI assistants write.\n\n');
    if (state.openAlarms > 0 && state.lastAlarm) {
      const a = state.lastAlarm;
      this.item.text = `$(alert) Vigil ${state.openAlarms}`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      this.item.accessibilityInformation = { label: `Vigil: ${state.openAlarms} open alarm${state.openAlarms > 1 ? 's' : ''}` };
      tip.appendMarkdown(`$(alert) **Alarm**: ${escape(a.summary)}\n\n`);
      tip.appendMarkdown(`s_t = ${a.safety.toFixed(3)} < λ = ${a.threshold.toFixed(3)}\n\n`);
    } else if (state.monitoring > 0) {
      this.item.text = '$(loading~spin) Vigil';
      this.item.backgroundColor = undefined;
      this.item.accessibilityInformation = { label: 'Vigil: monitoring a stream' };
      tip.appendMarkdown('$(loading~spin) Monitoring a stream…\n\n');
    } else {
      this.item.text = '$(shield) Vigil';
      this.item.backgroundColor = undefined;
      this.item.accessibilityInformation = { label: 'Vigil: no open alarms' };
      tip.appendMarkdown('$(shield) No open alarms.\n\n');
    }
    tip.appendMarkdown(`Guarantee: ${escape(this.monitor.guarantee)}\n\n`);
    tip.appendMarkdown(`Streams monitored: ${state.streams} · flagged: ${state.flagged} · alarms: ${state.alarms}\n\n`);
    if (this.monitor.proxyAddress) tip.appendMarkdown(`Proxy: \`${this.monitor.proxyAddress}\` (point Continue, Cline or scripts here)\n\n`);
    tip.appendMarkdown(`[Open review](command:${Command.ShowReview})${state.openAlarms ? ` · [Dismiss alarm](command:${Command.ClearAlarm})` : ''}`);
    this.item.tooltip = tip;
  }

  dispose(): void {
    this.item.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, c => `\\${c}`);
}
