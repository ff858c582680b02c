/**
 * The typed message protocol between the details webview and the extension host (STYLE.md #9).
 * Shared by both sides; it imports nothing so the page bundle stays small.
 */

export interface FindingView {
  ruleId: string;
  message: string;
  cwe: string | null;
  severity: 'error' | 'warning' | 'info';
  status: 'tentative' | 'confirmed' | 'withdrawn';
  start: number;
  end: number;
  line: number;
  /** Markdown note of the rule, rendered as text. */
  note: string;
}

export interface ItemView {
  id: string;
  title: string;
  source: string;
  kind: 'code' | 'chat';
  language?: string;
  time: number;
  location?: string;
  text: string;
  findings: FindingView[];
  /** (offset, s_t) after each chunk. */
  trajectory: [number, number][];
  threshold: number;
  method: string;
  alarmOffset: number | null;
  onset: number | null;
  minSafety: number;
  verdict?: 'unsafe' | 'false-alarm';
}

export type HostMessage = { type: 'show'; item: ItemView | null; empty: { streams: number } };

export type PageMessage =
  | { type: 'ready' }
  | { type: 'verdict'; id: string; verdict: 'unsafe' | 'false-alarm' }
  | { type: 'open'; id: string }
  | { type: 'showRule'; ruleId: string }
  | { type: 'playDemo' };
