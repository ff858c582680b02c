import { TextPosition } from '../text/lineIndex';
import { StreamReport } from './streamReport';

/** One finding in the JSON report of `vigil scan`. */
export interface JsonFinding {
  ruleId: string;
  cwe: string | null;
  severity: string;
  confidence: string;
  message: string;
  status: string;
  start: TextPosition;
  end: TextPosition;
}

export interface JsonResult {
  path: string;
  language: string | null;
  kind: string;
  alarm: boolean;
  alarmOffset: number | null;
  minSafety: number;
  threshold: number;
  findings: JsonFinding[];
}

/** `vigil scan --format json`: a stable, versioned shape (documented in the README). */
export interface JsonReport {
  version: 1;
  results: JsonResult[];
}

const position = (p: TextPosition): TextPosition => ({ offset: p.offset, line: p.line, character: p.character });

/** Builds the JSON report; only the documented fields, in the documented order. */
export function buildJsonReport(reports: readonly StreamReport[]): JsonReport {
  return {
    version: 1,
    results: reports.map(r => ({
      path: r.path,
      language: r.language,
      kind: r.kind,
      alarm: r.alarm,
      alarmOffset: r.alarmOffset,
      minSafety: r.minSafety,
      threshold: r.threshold,
      findings: r.findings.map(f => ({
        ruleId: f.ruleId,
        cwe: f.cwe,
        severity: f.severity,
        confidence: f.confidence,
        message: f.message,
        status: f.status,
        start: position(f.start),
        end: position(f.end),
      })),
    })),
  };
}
