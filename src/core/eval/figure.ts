// The paper's figure as a standalone SVG: false-alarm rate, power and detection delay against ε,
// one line per method with its 10–90% band across splits, and the ε diagonal on the first panel.
import { Band, SplitResult } from './splits';

const COLORS: Record<string, string> = { crc: '#1f77b4', ucb: '#d62728', 'evaluator-anytime': '#2ca02c', 'evaluator-pac': '#9467bd' };
const LABELS: Record<string, string> = { crc: 'CRC', ucb: 'UCB (Hoeffding-Bentkus)', 'evaluator-anytime': 'E-valuator anytime', 'evaluator-pac': 'E-valuator PAC' };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (v: number) => Number(v.toFixed(3)).toString();

interface Panel {
  title: string;
  metric: 'falseAlarm' | 'power' | 'delay';
  yMax: number;
  diagonal?: boolean;
}

/** Renders the figure; `title` goes on top (e.g. the data file and the number of splits). */
export function figureSvg(results: readonly SplitResult[], title: string): string {
  const epsilons = [...new Set(results.map(r => r.epsilon))].sort((a, b) => a - b);
  const methods = [...new Set(results.map(r => r.method))];
  const epsMax = Math.max(...epsilons, 0.01);
  const xMax = epsMax * 1.15;
  const maxFar = Math.max(epsMax, ...results.map(r => r.falseAlarm.q90 ?? 0));
  const panels: Panel[] = [
    // A multiple of 0.04, so that the four grid steps are round numbers.
    { title: 'False-alarm rate', metric: 'falseAlarm', yMax: Math.min(1, Math.ceil(Math.max(maxFar * 1.1, epsMax * 1.3) / 0.04 - 1e-9) * 0.04), diagonal: true },
    { title: 'Power', metric: 'power', yMax: 1 },
    { title: 'Detection delay (share of stream)', metric: 'delay', yMax: 1 },
  ];
  const pw = 260;
  const ph = 200;
  const m = { left: 48, right: 16, top: 46, bottom: 44 };
  const width = panels.length * (pw + m.left + m.right);
  const legendH = 22 * Math.ceil(methods.length / 2) + 8;
  const height = ph + m.top + m.bottom + legendH + 18;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="18" text-anchor="middle" font-size="13" font-weight="bold">${esc(title)}</text>`,
  ];
  panels.forEach((panel, i) => {
    const ox = i * (pw + m.left + m.right) + m.left;
    const oy = m.top;
    const x = (v: number) => ox + (v / xMax) * pw;
    const y = (v: number) => oy + ph - (Math.min(v, panel.yMax) / panel.yMax) * ph;
    out.push(`<text x="${ox + pw / 2}" y="${oy - 10}" text-anchor="middle" font-size="12">${esc(panel.title)}</text>`);
    out.push(`<rect x="${ox}" y="${oy}" width="${pw}" height="${ph}" fill="none" stroke="#444"/>`);
    for (let k = 0; k <= 4; k++) {
      const v = (panel.yMax * k) / 4;
      out.push(`<line x1="${ox}" x2="${ox + pw}" y1="${y(v)}" y2="${y(v)}" stroke="#e5e5e5"/>`);
      out.push(`<text x="${ox - 5}" y="${y(v) + 4}" text-anchor="end">${fmt(v)}</text>`);
    }
    for (const e of epsilons) {
      out.push(`<line x1="${x(e)}" x2="${x(e)}" y1="${oy + ph}" y2="${oy + ph + 4}" stroke="#444"/>`);
      out.push(`<text x="${x(e)}" y="${oy + ph + 16}" text-anchor="middle">${e}</text>`);
    }
    out.push(`<text x="${ox + pw / 2}" y="${oy + ph + 32}" text-anchor="middle">ε</text>`);
    if (panel.diagonal) out.push(`<line x1="${x(0)}" y1="${y(0)}" x2="${x(Math.min(xMax, panel.yMax))}" y2="${y(Math.min(xMax, panel.yMax))}" stroke="#777" stroke-dasharray="5,4"><title>ε (the guarantee)</title></line>`);
    methods.forEach((method, mi) => {
      const color = COLORS[method] ?? '#333';
      const pts = epsilons
        .map(e => ({ e, b: results.find(r => r.method === method && r.epsilon === e)?.[panel.metric] as Band | undefined }))
        .filter((p): p is { e: number; b: Band } => !!p.b && p.b.mean !== null);
      if (!pts.length) return;
      // A small horizontal offset per method keeps overlapping error bars apart.
      const dx = (mi - (methods.length - 1) / 2) * 3;
      const bandPts = [...pts.map(p => `${x(p.e) + dx},${y(p.b.q90!)}`), ...[...pts].reverse().map(p => `${x(p.e) + dx},${y(p.b.q10!)}`)];
      if (pts.length > 1) out.push(`<polygon points="${bandPts.join(' ')}" fill="${color}" fill-opacity="0.12" stroke="none"/>`);
      out.push(`<polyline points="${pts.map(p => `${x(p.e) + dx},${y(p.b.mean!)}`).join(' ')}" fill="none" stroke="${color}" stroke-width="2"/>`);
      for (const p of pts) {
        out.push(`<line x1="${x(p.e) + dx}" x2="${x(p.e) + dx}" y1="${y(p.b.q10!)}" y2="${y(p.b.q90!)}" stroke="${color}" stroke-width="1.5"/>`);
        out.push(`<circle cx="${x(p.e) + dx}" cy="${y(p.b.mean!)}" r="3" fill="${color}"><title>${esc(`${LABELS[method] ?? method}, ε = ${p.e}: mean ${p.b.mean} (10–90%: ${p.b.q10}–${p.b.q90})`)}</title></circle>`);
      }
    });
  });
  const ly = m.top + ph + m.bottom + 10;
  methods.forEach((method, i) => {
    const lx = 24 + (i % 2) * (width / 2);
    const yy = ly + Math.floor(i / 2) * 22;
    out.push(`<line x1="${lx}" x2="${lx + 24}" y1="${yy}" y2="${yy}" stroke="${COLORS[method] ?? '#333'}" stroke-width="3"/>`);
    out.push(`<text x="${lx + 30}" y="${yy + 4}">${esc(LABELS[method] ?? method)}</text>`);
  });
  out.push(`<text x="24" y="${height - 8}" fill="#666">Lines: mean over splits; bars and bands: 10–90% across splits; dashed: the ε diagonal (the guarantee on false alarms).</text>`);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
