/** Builds the s_t plot as SVG elements: the signal over the stream, the λ line, the alarm point and the onset. */

const SVG = 'http://www.w3.org/2000/svg';

export interface PlotInput {
  length: number;
  trajectory: [number, number][];
  threshold: number;
  alarmOffset: number | null;
  onset: number | null;
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function plot(input: PlotInput, width = 320, height = 150): SVGSVGElement {
  const pad = { left: 30, right: 8, top: 8, bottom: 22 };
  const w = width - pad.left - pad.right;
  const h = height - pad.top - pad.bottom;
  const length = Math.max(1, input.length);
  const x = (offset: number) => pad.left + (Math.min(offset, length) / length) * w;
  const y = (s: number) => pad.top + (1 - Math.max(0, Math.min(1, s))) * h;
  const svg = el('svg', { viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', class: 'plot' });
  svg.appendChild(el('title', {}, `Safety s_t over the stream; alarm threshold λ = ${input.threshold}`));
  // Axes and ticks.
  svg.appendChild(el('line', { x1: pad.left, y1: pad.top, x2: pad.left, y2: pad.top + h, class: 'axis' }));
  svg.appendChild(el('line', { x1: pad.left, y1: pad.top + h, x2: pad.left + w, y2: pad.top + h, class: 'axis' }));
  for (const t of [0, 0.5, 1]) svg.appendChild(el('text', { x: pad.left - 4, y: y(t) + 3, class: 'tick', 'text-anchor': 'end' }, t.toFixed(1)));
  svg.appendChild(el('text', { x: pad.left, y: height - 6, class: 'tick' }, '0'));
  svg.appendChild(el('text', { x: pad.left + w, y: height - 6, class: 'tick', 'text-anchor': 'end' }, `${length} chars`));
  // λ.
  svg.appendChild(el('line', { x1: pad.left, y1: y(input.threshold), x2: pad.left + w, y2: y(input.threshold), class: 'lambda' }));
  svg.appendChild(el('text', { x: pad.left + w - 2, y: y(input.threshold) - 3, class: 'tick lambda-label', 'text-anchor': 'end' }, `λ = ${input.threshold.toFixed(2)}`));
  // Onset.
  if (input.onset !== null) {
    svg.appendChild(el('line', { x1: x(input.onset), y1: pad.top, x2: x(input.onset), y2: pad.top + h, class: 'onset' }));
    svg.appendChild(el('text', { x: x(input.onset) + 2, y: pad.top + 9, class: 'tick' }, 'onset'));
  }
  // s_t as a step line: the value holds until the next chunk.
  let d = `M ${x(0)} ${y(1)}`;
  let last = 1;
  for (const [offset, s] of input.trajectory) {
    d += ` L ${x(offset)} ${y(last)} L ${x(offset)} ${y(s)}`;
    last = s;
  }
  d += ` L ${x(length)} ${y(last)}`;
  svg.appendChild(el('path', { d, class: 'signal' }));
  if (input.alarmOffset !== null) {
    const s = input.trajectory.find(([o]) => o === input.alarmOffset)?.[1] ?? input.threshold;
    const marker = el('circle', { cx: x(input.alarmOffset), cy: y(s), r: 4, class: 'alarm' });
    marker.appendChild(el('title', {}, `alarm at character ${input.alarmOffset}: s_t = ${s.toFixed(3)}`));
    svg.appendChild(marker);
  }
  return svg;
}
