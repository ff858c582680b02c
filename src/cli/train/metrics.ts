// Held-out figures for the weights header: how well the running minimum of s_t separates unsafe
// from safe streams the verifier never saw.
import { crcThreshold } from '../../core/calibration/riskControl';
import { KindModel } from '../../core/verifier/learnedVerifier';
import { auroc } from '../../core/verifier/logistic';
import { ProseModel } from '../../core/verifier/proseModel';
import { scoreRows, stepRows, StreamRecording } from '../../core/verifier/trainStream';

const r4 = (v: number) => Math.round(v * 10000) / 10000;

export interface HeldOutMetrics {
  streams: number;
  /** AUROC of −min s_t (unsafe = positive) per kind, and per source where it has both labels. */
  auroc: Record<string, number>;
  /** With λ from CRC at ε = 0.05 on these streams (all kinds pooled): alarm rate per kind and source and label. */
  atCrc05: { lambda: number; alarmRate: Record<string, number> };
}

export function heldOutMetrics(recordings: readonly StreamRecording[], kinds: Record<'code' | 'chat', KindModel>, prose: ProseModel): HeldOutMetrics {
  const scored = recordings.map(r => ({ r, min: Math.min(1, ...scoreRows(kinds[r.kind], stepRows(r, prose))) }));
  const aurocOf = (list: typeof scored) => r4(auroc(list.map(s => -s.min), list.map(s => (s.r.unsafe ? 1 : 0))));
  const out: Record<string, number> = {};
  for (const kind of ['code', 'chat'] as const) out[`kind:${kind}`] = aurocOf(scored.filter(s => s.r.kind === kind));
  for (const source of [...new Set(recordings.map(r => r.source))].sort()) {
    const list = scored.filter(s => s.r.source === source);
    if (list.some(s => s.r.unsafe) && list.some(s => !s.r.unsafe)) out[`source:${source}`] = aurocOf(list);
  }
  const { lambda } = crcThreshold(scored.map(s => ({ minSafety: s.min, unsafe: s.r.unsafe })), 'false-alarm', 0.05);
  const rates: Record<string, number> = {};
  const groups = new Map<string, typeof scored>();
  for (const s of scored) {
    const label = s.r.unsafe ? 'unsafe' : 'safe';
    for (const key of [`kind:${s.r.kind}/${label}`, `source:${s.r.source}/${label}`]) groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  for (const [key, list] of [...groups].sort()) rates[key] = r4(list.filter(s => s.min < lambda).length / list.length);
  return { streams: recordings.length, auroc: out, atCrc05: { lambda: r4(lambda), alarmRate: rates } };
}
