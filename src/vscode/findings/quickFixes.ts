import * as vscode from 'vscode';
import { Command } from '../commands';
import { FlaggedRegions } from './flaggedRegions';

/**
 * Quick fixes on Vigil diagnostics: undo the AI insertion (while unchanged), the rule's own fix,
 * suppress the rule in this workspace, mark the item as a false alarm.
 */
export class QuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly regions: FlaggedRegions) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const seenRegions = new Set<string>();
    for (const d of context.diagnostics) {
      // Diagnostics come back as plain copies: find the finding they show by rule and range.
      if (d.source !== 'Vigil') continue;
      const ruleId = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
      const hit = this.regions.findingAt(document, d.range, ruleId);
      if (!hit) continue;
      const { region, placed } = hit;
      const f = placed.finding;
      if (placed.fix) {
        const fix = new vscode.CodeAction(placed.fix.title, vscode.CodeActionKind.QuickFix);
        fix.edit = new vscode.WorkspaceEdit();
        fix.edit.replace(document.uri, new vscode.Range(document.positionAt(placed.fix.start), document.positionAt(placed.fix.end)), placed.fix.text);
        fix.diagnostics = [d];
        fix.isPreferred = true;
        actions.push(fix);
      }
      if (!seenRegions.has(region.record.id)) {
        seenRegions.add(region.record.id);
        if (document.getText().slice(region.start, region.end) === region.original) {
          const undo = new vscode.CodeAction('Undo this AI insertion', vscode.CodeActionKind.QuickFix);
          undo.command = { command: Command.UndoInsertion, title: 'Undo this AI insertion', arguments: [region.record.id] };
          undo.diagnostics = [d];
          actions.push(undo);
        }
        const falseAlarm = new vscode.CodeAction('Mark as false alarm', vscode.CodeActionKind.QuickFix);
        falseAlarm.command = { command: Command.MarkFalseAlarm, title: 'Mark as false alarm', arguments: [region.record.id] };
        falseAlarm.diagnostics = [d];
        actions.push(falseAlarm);
      }
      const suppress = new vscode.CodeAction(`Turn off rule ${f.ruleId} in this workspace`, vscode.CodeActionKind.QuickFix);
      suppress.command = { command: Command.SuppressRule, title: 'Turn off rule', arguments: [f.ruleId, document.uri] };
      suppress.diagnostics = [d];
      actions.push(suppress);
    }
    return actions;
  }
}
