import { EvalSummary, GroupMetrics } from './metrics';

const rate = (value: number | null, count: number, of: number) => (value === null ? '–' : `${value.toFixed(3)} (${count}/${of})`);
const num = (value: number | null, digits: number) => (value === null ? '–' : value.toFixed(digits));

function row(name: string, m: GroupMetrics): string {
  const onset = m.onsetDelay === null ? '–' : `${num(m.onsetDelay, 0)} / ${num(m.onsetDelayMedian, 0)} (n=${m.onsetKnown})`;
  return `| ${name} | ${m.streams} | ${m.safe} | ${m.unsafe} | ${rate(m.falseAlarm, m.falseAlarms, m.safe)} | ${rate(m.power, m.detected, m.unsafe)} | ${num(m.delay, 3)} / ${num(m.delayMedian, 3)} | ${onset} |`;
}

/**
 * A markdown table of an evaluation: one row overall, then per kind, source, language and
 * source/language.
 * Delays are "mean / median".
 */
export function summaryMarkdown(summary: EvalSummary, heading: string, notes: readonly string[] = []): string {
  const lines = [
    `## ${heading}`,
    '',
    ...notes.map(n => `${n}  `),
    ...(notes.length ? [''] : []),
    '| group | streams | safe | unsafe | false-alarm rate | power | delay (share, mean / median) | onset delay (chars, mean / median) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    row('**overall**', summary.overall),
    ...Object.entries(summary.byKind).map(([k, m]) => row(`kind: ${k}`, m)),
    ...Object.entries(summary.bySource).map(([k, m]) => row(`source: ${k}`, m)),
    ...Object.entries(summary.byLanguage).map(([k, m]) => row(`language: ${k}`, m)),
    ...Object.entries(summary.bySourceLanguage).map(([k, m]) => row(`code: ${k}`, m)),
    '',
  ];
  return lines.join('\n');
}
