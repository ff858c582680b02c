import type { FindingView, HostMessage, ItemView, PageMessage } from './protocol';
import { plot } from './plot';

declare function acquireVsCodeApi(): { postMessage(message: PageMessage): void; getState(): unknown; setState(state: unknown): void };

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

function button(label: string, message: PageMessage, primary = false): HTMLButtonElement {
  const b = h('button', { class: primary ? 'primary' : 'secondary', type: 'button' }, label);
  b.addEventListener('click', () => vscode.postMessage(message));
  return b;
}

/** The stream text with each finding's range highlighted (overlaps take the earlier finding). */
function highlighted(item: ItemView): HTMLElement {
  const pre = h('pre', { class: 'stream' });
  const spans = [...item.findings].filter(f => f.status !== 'withdrawn').sort((a, b) => a.start - b.start);
  let at = 0;
  for (const f of spans) {
    if (f.end <= at) continue;
    const start = Math.max(at, f.start);
    pre.append(item.text.slice(at, start));
    const mark = h('mark', { class: `sev-${f.severity}`, title: `${f.ruleId}: ${f.message}` }, item.text.slice(start, f.end));
    pre.append(mark);
    at = f.end;
  }
  pre.append(item.text.slice(at));
  return pre;
}

function findingCard(f: FindingView): HTMLElement {
  const cweLink = f.cwe ? h('a', { href: `https://cwe.mitre.org/data/definitions/${f.cwe.slice(4)}.html` }, f.cwe) : '';
  const rule = h('a', { href: '#', class: 'rule' }, f.ruleId);
  rule.addEventListener('click', e => {
    e.preventDefault();
    vscode.postMessage({ type: 'showRule', ruleId: f.ruleId });
  });
  return h('div', { class: `finding sev-${f.severity}` },
    h('div', { class: 'finding-head' }, h('span', { class: 'badge' }, f.severity), ' ', f.message),
    h('div', { class: 'meta' }, rule, ' · ', cweLink, ` · line ${f.line + 1} · ${f.status}`),
    h('p', { class: 'note' }, f.note),
  );
}

function render(message: HostMessage): void {
  root.replaceChildren();
  const item = message.item;
  if (!item) {
    root.append(
      h('div', { class: 'empty' },
        h('h3', {}, 'Nothing flagged'),
        h('p', {}, message.empty.streams ? `Vigil has monitored ${message.empty.streams} stream(s) in this window and found nothing to flag.` : 'Vigil watches what AI assistants insert and stream, and raises an alarm when it turns insecure or unsafe. Flagged items appear here.'),
        button('Play Demo', { type: 'playDemo' }, true)),
    );
    return;
  }
  const verdict = item.verdict ? h('span', { class: `verdict ${item.verdict}` }, item.verdict === 'unsafe' ? 'confirmed unsafe' : 'false alarm') : '';
  root.append(
    h('h3', {}, item.title, ' ', verdict),
    h('div', { class: 'meta' }, `${item.source} · ${item.kind}${item.language ? ` · ${item.language}` : ''} · ${new Date(item.time).toLocaleString()}${item.location ? ` · ${item.location}` : ''}`),
    h('div', { class: 'meta' }, `min s_t ${item.minSafety.toFixed(3)} · λ ${item.threshold.toFixed(3)} (${item.method})${item.alarmOffset !== null ? ` · alarm at character ${item.alarmOffset}` : ' · no alarm'}`),
    plot({ length: item.text.length, trajectory: item.trajectory, threshold: item.threshold, alarmOffset: item.alarmOffset, onset: item.onset }),
    h('div', { class: 'actions' },
      button('Confirm unsafe', { type: 'verdict', id: item.id, verdict: 'unsafe' }, true),
      button('False alarm', { type: 'verdict', id: item.id, verdict: 'false-alarm' }),
      ...(item.location ? [button('Open', { type: 'open', id: item.id })] : [])),
    ...item.findings.filter(f => f.status !== 'withdrawn').map(findingCard),
    h('h4', {}, 'Stream'),
    highlighted(item),
  );
}

window.addEventListener('message', (e: MessageEvent<HostMessage>) => {
  if (e.data?.type === 'show') {
    vscode.setState(e.data);
    render(e.data);
  }
});
const saved = vscode.getState() as HostMessage | undefined;
if (saved?.type === 'show') render(saved);
vscode.postMessage({ type: 'ready' });
