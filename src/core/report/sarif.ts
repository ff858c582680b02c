import { createHash } from 'node:crypto';
import { Finding } from '../monitor/types';
import { Confidence, CONFIDENCE_VALUE, RuleDefinition, Severity } from '../rules/types';
import { TextPosition } from '../text/lineIndex';
import { cweName, cweNumber, cweUrl } from './cwe';
import { StreamReport } from './streamReport';

// The subset of SARIF 2.1.0 (OASIS, sarif-schema-2.1.0.json) that Vigil writes.

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset?: number;
  charLength?: number;
  snippet?: { text: string };
}

export interface SarifToolComponentReference {
  name: string;
  index: number;
}

export interface SarifRelationship {
  target: { id: string; index: number; toolComponent: SarifToolComponentReference };
  kinds: string[];
}

export interface SarifReportingDescriptor {
  id: string;
  name?: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: {
    tags: string[];
    precision: Confidence;
    'security-severity': string;
    cwe: string[];
    owasp: string[];
    confidence: Confidence;
    languages: string[];
  };
  relationships?: SarifRelationship[];
}

export interface SarifTaxon {
  id: string;
  name?: string;
  shortDescription?: SarifMessage;
  helpUri?: string;
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  kind: 'fail';
  level: SarifLevel;
  message: SarifMessage;
  locations: { physicalLocation: { artifactLocation: SarifArtifactLocation; region: SarifRegion } }[];
  partialFingerprints: Record<string, string>;
  fixes?: {
    description: SarifMessage;
    artifactChanges: { artifactLocation: SarifArtifactLocation; replacements: { deletedRegion: SarifRegion; insertedContent: { text: string } }[] }[];
  }[];
  properties: { status: string; confidence: Confidence; cwe: string | null };
}

export interface SarifArtifact {
  location: SarifArtifactLocation;
  sourceLanguage?: string;
  length?: number;
  properties: { kind: string; alarm: boolean; alarmOffset: number | null; minSafety: number; threshold: number };
}

export interface SarifNotification {
  level: 'error' | 'warning' | 'note';
  message: SarifMessage;
  locations?: { physicalLocation: { artifactLocation: SarifArtifactLocation } }[];
}

export interface SarifRun {
  tool: {
    driver: {
      name: string;
      version?: string;
      semanticVersion?: string;
      informationUri?: string;
      rules: SarifReportingDescriptor[];
      supportedTaxonomies: SarifToolComponentReference[];
    };
  };
  taxonomies: {
    name: string;
    organization: string;
    shortDescription: SarifMessage;
    informationUri: string;
    isComprehensive: boolean;
    taxa: SarifTaxon[];
  }[];
  invocations: { executionSuccessful: boolean; toolExecutionNotifications?: SarifNotification[] }[];
  originalUriBaseIds?: Record<string, { uri: string }>;
  artifacts: SarifArtifact[];
  results: SarifResult[];
  columnKind: 'utf16CodeUnits';
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifOptions {
  /** Looks up the full rule (note, OWASP, references) behind a finding's rule id. */
  rule: (id: string) => RuleDefinition | undefined;
  tool?: { name?: string; version?: string; informationUri?: string };
  /** Rules described in `tool.driver.rules`: those with results (default), or these in addition. */
  extraRules?: readonly RuleDefinition[];
  /**
   * A file URL (`file:///work/project/`) that relative paths are resolved against; written as
   * `%SRCROOT%` so that viewers can re-base the report.
   */
  baseUri?: string;
  /** Problems with inputs (an unreadable file), reported as tool execution notifications. */
  notifications?: readonly { level: SarifLevel; message: string; path?: string }[];
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/** The key of Vigil's own partial fingerprint: rule, normalised line text and occurrence, hashed. */
export const FINGERPRINT_KEY = 'vigilFindingHash/v1';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

const SEVERITY_SCORE: Readonly<Record<Severity, number>> = { error: 1, warning: 0.8, info: 0.35 };

/**
 * GitHub's `security-severity` (0-10) from the same weights the verifier uses: confidence x
 * severity, so that a high-confidence error reads 9.0 (critical) and low-confidence info 1.0.
 */
export function securitySeverity(rule: Pick<RuleDefinition, 'confidence' | 'severity'>): string {
  return (10 * CONFIDENCE_VALUE[rule.confidence] * SEVERITY_SCORE[rule.severity]).toFixed(1);
}

/** A path as a SARIF URI reference: URIs stay, absolute paths become file URLs, relative ones are percent-encoded. */
export function toArtifactUri(path: string): { uri: string; relative: boolean } {
  if (path === '-') return { uri: 'stdin', relative: false };
  if (/^[a-z][a-z0-9+.-]+:/i.test(path)) return { uri: path, relative: false };
  const slashed = path.replace(/\\/g, '/');
  const encode = (p: string) => p.split('/').map(s => encodeURIComponent(s)).join('/');
  if (/^[a-z]:\//i.test(slashed)) return { uri: `file:///${slashed.slice(0, 2)}${encode(slashed.slice(2))}`, relative: false };
  if (slashed.startsWith('/')) return { uri: `file://${encode(slashed)}`, relative: false };
  return { uri: encode(slashed.replace(/^\.\//, '')), relative: true };
}

/** The first paragraph of a markdown note, as plain-ish text. */
function firstParagraph(note: string): string {
  const para = note.trim().split(/\n\s*\n/)[0] ?? '';
  return para.replace(/\s*\n\s*/g, ' ').trim();
}

function describeRule(rule: RuleDefinition, cweIndex: Map<string, number>): SarifReportingDescriptor {
  const references = rule.references.length ? `\n\n**References**\n\n${rule.references.map(r => `- <${r}>`).join('\n')}` : '';
  const cweLine = rule.cwe.length ? `\n\n${rule.cwe.map(c => { const url = cweUrl(c); return url ? `[${c}](${url})` : c; }).join(', ')}${rule.owasp.length ? ` · OWASP ${rule.owasp.join(', ')}` : ''}` : '';
  const relationships = rule.cwe
    .filter(c => cweIndex.has(c))
    .map(c => ({ target: { id: String(cweNumber(c)), index: cweIndex.get(c)!, toolComponent: { name: 'CWE', index: 0 } }, kinds: ['superset'] }));
  const tags = ['security', ...rule.cwe.map(c => `external/cwe/cwe-${cweNumber(c) ?? c.toLowerCase()}`)];
  if (rule.languages.includes('prose')) tags.push('chat');
  return {
    id: rule.id,
    shortDescription: { text: rule.message },
    fullDescription: { text: firstParagraph(rule.note) || rule.message },
    help: { text: rule.note.trim() + (rule.references.length ? `\n\nReferences: ${rule.references.join(' ')}` : ''), markdown: rule.note.trim() + cweLine + references },
    ...(rule.references[0] ? { helpUri: rule.references[0] } : {}),
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties: {
      tags,
      precision: rule.confidence,
      'security-severity': securitySeverity(rule),
      cwe: [...rule.cwe],
      owasp: [...rule.owasp],
      confidence: rule.confidence,
      languages: rule.languages.map(String),
    },
    ...(relationships.length ? { relationships } : {}),
  };
}

/** A rule that is no longer known (e.g. a custom rule removed since): described from the finding alone. */
function placeholderRule(f: Finding): RuleDefinition {
  return { id: f.ruleId, languages: ['*'], severity: f.severity, confidence: f.confidence, message: f.message, note: f.message, cwe: f.cwe ? [f.cwe] : [], owasp: [], references: [] };
}

/** Positions in the document: stream positions shifted by where the stream starts in it. */
function documentPosition(p: TextPosition, startAt: StreamReport['startAt']): { line: number; character: number } {
  if (!startAt) return p;
  return { line: startAt.line + p.line, character: p.line === 0 ? startAt.character + p.character : p.character };
}

function region(start: TextPosition, end: TextPosition, report: StreamReport): SarifRegion {
  const s = documentPosition(start, report.startAt);
  const e = documentPosition(end, report.startAt);
  const r: SarifRegion = { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 };
  if (!report.startAt) {
    r.charOffset = start.offset;
    r.charLength = end.offset - start.offset;
  }
  if (report.text !== undefined) r.snippet = { text: report.text.slice(start.offset, end.offset) };
  return r;
}

/** The text of the line a position is on (whitespace removed), for fingerprints that survive re-indentation and line moves. */
function lineText(text: string, p: TextPosition): string {
  const start = p.offset - p.character;
  const nl = text.indexOf('\n', start);
  return text.slice(start, nl < 0 ? text.length : nl).replace(/\s+/g, '');
}

/**
 * Builds a SARIF 2.1.0 log: one run, the rules that produced results (with their notes as help,
 * CWE relationships and GitHub-style tags), the CWE taxonomy, one artifact per report and one
 * result per finding. Positions are 1-based lines and columns in UTF-16 code units.
 */
export function buildSarifLog(reports: readonly StreamReport[], options: SarifOptions): SarifLog {
  const rules: RuleDefinition[] = [];
  const ruleIndex = new Map<string, number>();
  const addRule = (rule: RuleDefinition) => {
    if (ruleIndex.has(rule.id)) return;
    ruleIndex.set(rule.id, rules.length);
    rules.push(rule);
  };
  for (const r of reports) for (const f of r.findings) addRule(options.rule(f.ruleId) ?? placeholderRule(f));
  for (const rule of options.extraRules ?? []) addRule(rule);

  const cwes = [...new Set(rules.flatMap(r => r.cwe))].filter(c => cweNumber(c) !== undefined).sort((a, b) => cweNumber(a)! - cweNumber(b)!);
  const cweIndex = new Map(cwes.map((c, i) => [c, i]));
  const taxa: SarifTaxon[] = cwes.map(c => {
    const name = cweName(c);
    return { id: String(cweNumber(c)), ...(name ? { name, shortDescription: { text: name } } : {}), helpUri: cweUrl(c)! };
  });

  const artifacts: SarifArtifact[] = [];
  const results: SarifResult[] = [];
  reports.forEach((report, artifactIndex) => {
    const { uri, relative } = toArtifactUri(report.path);
    const location = (): SarifArtifactLocation => ({ uri, ...(relative && options.baseUri ? { uriBaseId: SRCROOT } : {}), index: artifactIndex });
    artifacts.push({
      location: { uri, ...(relative && options.baseUri ? { uriBaseId: SRCROOT } : {}) },
      ...(report.language ? { sourceLanguage: report.language } : report.kind === 'chat' ? { sourceLanguage: 'markdown' } : {}),
      ...(report.text !== undefined ? { length: report.text.length } : {}),
      properties: { kind: report.kind, alarm: report.alarm, alarmOffset: report.alarmOffset, minSafety: report.minSafety, threshold: report.threshold },
    });
    const seen = new Map<string, number>();
    for (const f of report.findings) {
      const basis = report.text !== undefined
        ? `${f.ruleId}\u0000${lineText(report.text, f.start)}\u0000${report.text.slice(f.start.offset, f.end.offset).replace(/\s+/g, '')}`
        : `${f.ruleId}\u0000${f.start.line}:${f.start.character}`;
      const hash = createHash('sha256').update(basis).digest('hex').slice(0, 32);
      const occurrence = (seen.get(hash) ?? 0) + 1;
      seen.set(hash, occurrence);
      const result: SarifResult = {
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId)!,
        kind: 'fail',
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: location(), region: region(f.start, f.end, report) } }],
        partialFingerprints: { [FINGERPRINT_KEY]: `${hash}:${occurrence}` },
        properties: { status: f.status, confidence: f.confidence, cwe: f.cwe },
      };
      if (f.fix) {
        const deleted = region(f.fix.start, f.fix.end, report);
        delete deleted.snippet;
        result.fixes = [{ description: { text: f.fix.title }, artifactChanges: [{ artifactLocation: location(), replacements: [{ deletedRegion: deleted, insertedContent: { text: f.fix.text } }] }] }];
      }
      results.push(result);
    }
  });

  const notifications: SarifNotification[] = (options.notifications ?? []).map(n => ({
    level: n.level,
    message: { text: n.message },
    ...(n.path !== undefined ? { locations: [{ physicalLocation: { artifactLocation: { uri: toArtifactUri(n.path).uri } } }] } : {}),
  }));

  const tool = options.tool ?? {};
  const run: SarifRun = {
    tool: {
      driver: {
        name: tool.name ?? 'Vigil',
        ...(tool.version ? { version: tool.version, semanticVersion: tool.version } : {}),
        ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
        rules: rules.map(r => describeRule(r, cweIndex)),
        supportedTaxonomies: [{ name: 'CWE', index: 0 }],
      },
    },
    taxonomies: [{
      name: 'CWE',
      organization: 'MITRE',
      shortDescription: { text: 'The MITRE Common Weakness Enumeration' },
      informationUri: 'https://cwe.mitre.org/',
      isComprehensive: false,
      taxa,
    }],
    invocations: [{ executionSuccessful: !notifications.some(n => n.level === 'error'), ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
    ...(options.baseUri ? { originalUriBaseIds: { [SRCROOT]: { uri: options.baseUri.endsWith('/') ? options.baseUri : `${options.baseUri}/` } } } : {}),
    artifacts,
    results,
    columnKind: 'utf16CodeUnits',
  };
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}
