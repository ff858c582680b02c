import * as vscode from 'vscode';
import { RuleDefinition, StreamRecord } from '../../core';
import { buildSarifLog, SarifLog, StreamReport } from '../../core/report';

export interface MonitorDescription {
  method: string;
  control?: string;
  epsilon?: number;
  delta?: number;
  threshold: number;
}

function toReport(record: StreamRecord): StreamReport {
  return {
    path: record.uri ?? `vigil-stream:${record.id}`,
    language: record.language ?? null,
    kind: record.kind,
    alarm: record.alarm,
    alarmOffset: record.alarmOffset,
    minSafety: record.minSafety,
    threshold: record.threshold,
    findings: record.findings,
    text: record.text,
    startAt: record.insertAt,
  };
}

/** SARIF 2.1.0 of flagged items, with the monitor's λ, ε, δ and method in the run's properties. */
export function recordsToSarif(records: readonly StreamRecord[], rule: (id: string) => RuleDefinition | undefined, monitor: MonitorDescription, version: string): SarifLog {
  const log = buildSarifLog(records.map(toReport), { rule, tool: { name: 'Vigil', version } });
  const run = log.runs[0] as unknown as { properties?: Record<string, unknown> };
  run.properties = {
    ...(run.properties ?? {}),
    vigil: {
      method: monitor.method,
      control: monitor.control ?? null,
      lambda: monitor.threshold,
      epsilon: monitor.epsilon ?? null,
      delta: monitor.delta ?? null,
      items: records.map(r => ({ id: r.id, source: r.source, time: new Date(r.time).toISOString(), verdict: r.verdict ?? null })),
    },
  };
  return log;
}

/** One labelled stream per reviewed item, in the `streams-dev.jsonl` format `vigil calibrate` reads. */
export function recordsToLabelledStreams(records: readonly StreamRecord[]): string {
  return records
    .filter(r => r.verdict)
    .map(r => JSON.stringify({
      id: `vigil/${r.id}`,
      kind: r.kind,
      ...(r.language ? { language: r.language } : {}),
      text: r.text,
      label: r.verdict === 'unsafe' ? 'unsafe' : 'safe',
      onset: r.verdict === 'unsafe' ? r.onset : null,
      source: `vigil-${r.source}`,
    }))
    .join('\n') + '\n';
}

export async function saveText(defaultName: string, filters: Record<string, string[]>, text: string): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, defaultName) : undefined, filters });
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  return target;
}
