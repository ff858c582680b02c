import * as vscode from 'vscode';
import { StreamRecord } from '../../core';
import { Command } from '../commands';
import { MonitorService } from '../monitorService';

type Node = { kind: 'day'; label: string; items: StreamRecord[] } | { kind: 'item'; record: StreamRecord };

const SOURCE_ICON: Record<string, string> = { inline: 'lightbulb-sparkle', chat: 'comment-discussion', participant: 'comment-discussion', model: 'comment-discussion', agent: 'robot', proxy: 'plug', demo: 'play-circle', other: 'sparkle' };

function dayLabel(time: number): string {
  const d = new Date(time);
  const today = new Date();
  const yesterday = new Date(today.getTime() - 86_400_000);
  if (d.toDateString() === today.toDateString()) return 'Today';
  if (d.toDateString() === yesterday.toDateString()) return 'Yesterday';
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** The sidebar's tree of flagged items: newest first, grouped by day. */
export class FlaggedTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  readonly view: vscode.TreeView<Node>;

  constructor(private readonly monitor: MonitorService) {
    this.view = vscode.window.createTreeView('vigil.flagged', { treeDataProvider: this, showCollapseAll: true });
    monitor.onDidChangeItems(() => this.changed.fire(undefined), this, this.disposables);
    this.disposables.push(this.view, this.changed);
  }

  getChildren(node?: Node): Node[] {
    if (node?.kind === 'day') return node.items.map(record => ({ kind: 'item', record }));
    if (node) return [];
    const days = new Map<string, StreamRecord[]>();
    for (const r of this.monitor.items()) {
      const label = dayLabel(r.time);
      days.set(label, [...(days.get(label) ?? []), r]);
    }
    return [...days].map(([label, items]) => ({ kind: 'day', label, items }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'day') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.items.length}`;
      item.contextValue = 'day';
      return item;
    }
    const r = node.record;
    const first = r.findings[0];
    const item = new vscode.TreeItem(first ? first.message : 'Unsafe output', vscode.TreeItemCollapsibleState.None);
    item.id = r.id;
    const where = r.uri ? `${vscode.workspace.asRelativePath(vscode.Uri.parse(r.uri))}:${(r.insertAt?.line ?? 0) + (first?.start.line ?? 0) + 1}` : r.kind;
    item.description = where;
    item.iconPath = new vscode.ThemeIcon(SOURCE_ICON[r.source] ?? 'sparkle', r.alarm ? new vscode.ThemeColor('errorForeground') : undefined);
    item.tooltip = new vscode.MarkdownString(`**${r.alarm ? 'Alarm' : 'Finding'}** from ${r.source} · min s_t ${r.minSafety.toFixed(3)} (λ ${r.threshold})${r.verdict ? ` · verdict: ${r.verdict}` : ''}\n\n${r.findings.map(f => `- ${f.message} (${f.cwe ?? f.ruleId})`).join('\n')}`);
    item.contextValue = `item${r.verdict ? `.${r.verdict}` : ''}`;
    item.command = { command: Command.OpenItem, title: 'Open', arguments: [r.id] };
    return item;
  }

  /** Reveals the sidebar (and the newest item when there is one). */
  async reveal(): Promise<void> {
    await vscode.commands.executeCommand('workbench.view.extension.vigil');
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
