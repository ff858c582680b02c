import * as vscode from 'vscode';
import { RuleDefinition } from '../../core';

export const RULE_DOC_SCHEME = 'vigil-rule';

export function ruleDocUri(ruleId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: RULE_DOC_SCHEME, path: `/${ruleId}.md` });
}

/** The markdown documentation of a rule: what it finds, why it matters, what to do instead. */
export function ruleMarkdown(rule: RuleDefinition): string {
  const cwe = rule.cwe.map(c => `[${c}](https://cwe.mitre.org/data/definitions/${c.slice(4)}.html)`).join(', ');
  return [
    `# ${rule.id}`,
    '',
    `**${rule.message}**`,
    '',
    `Severity: ${rule.severity} · Confidence: ${rule.confidence} · Languages: ${rule.languages.join(', ')}`,
    cwe ? `\nWeakness: ${cwe}` : '',
    rule.owasp.length ? `\nOWASP: ${rule.owasp.join(', ')}` : '',
    '',
    rule.note,
    rule.fix ? `\n**Fix:** ${rule.fix.title}` : '',
    rule.references.length ? `\n## References\n\n${rule.references.map(r => `- ${r}`).join('\n')}` : '',
    rule.source ? `\n_Rule file: ${rule.source}_` : '',
    '',
  ].join('\n');
}

/** Serves `vigil-rule:/<id>.md`, the target of each diagnostic's code link. */
export class RuleDocs implements vscode.TextDocumentContentProvider {
  constructor(private readonly lookup: (id: string) => RuleDefinition | undefined) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    const rule = this.lookup(id);
    return rule ? ruleMarkdown(rule) : `# ${id}\n\nNo rule with this id is loaded.\n`;
  }
}
