import { Engine } from '../../core';
import { chunksOf } from '../../core/eval/replay';
import { HoldBackGate } from '../../core/gate/holdBackGate';
import { percentile } from './measure';
import { safeBenchStreams } from './safeStreams';
import { BenchStreamSpec } from './samples';
import { BenchSection } from './sections';

/** What the gate adds per chunk over the bare session (goal: p99 ≤ 1 ms). */
export interface GateBenchResult {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The bare session's own push, for scale. */
  sessionP50Ms: number;
  sessionP99Ms: number;
  chunks: number;
  /** Streams the gate stopped (should be 0: the streams are the safe versions). */
  alarms: number;
}

export const GATE_GOAL_P99_MS = 1;

/**
 * Times HoldBackGate.push per chunk minus the session's own push inside it (settled-length
 * bookkeeping, slicing, alarm check), over the alarm-free bench streams, after warm-up.
 */
export function measureGate(engine: Engine, streams: readonly BenchStreamSpec[], chunk: number, warmup = 2, runs = 3, now = () => performance.now()): GateBenchResult {
  const safe = safeBenchStreams(engine, streams);
  const added: number[] = [];
  const bare: number[] = [];
  let alarms = 0;
  for (const s of safe) {
    const chunks = [...chunksOf(s.text, chunk)];
    for (let run = 0; run < warmup + runs; run++) {
      const timed = run >= warmup;
      const session = engine.createSession({ kind: 'code', language: s.language });
      const push = session.push.bind(session);
      let inner = 0;
      session.push = (text: string) => {
        const t = now();
        const events = push(text);
        inner = now() - t;
        return events;
      };
      const gate = new HoldBackGate(session);
      for (const piece of chunks) {
        const t = now();
        const r = gate.push(piece);
        const total = now() - t;
        if (timed) {
          added.push(Math.max(0, total - inner));
          bare.push(inner);
        }
        if (r.alarm) {
          if (timed) alarms++;
          break;
        }
      }
      gate.end();
    }
  }
  added.sort((a, b) => a - b);
  bare.sort((a, b) => a - b);
  const r = (v: number) => Math.round(v * 10000) / 10000;
  return {
    p50Ms: r(percentile(added, 0.5)), p99Ms: r(percentile(added, 0.99)), maxMs: r(added[added.length - 1] ?? NaN),
    sessionP50Ms: r(percentile(bare, 0.5)), sessionP99Ms: r(percentile(bare, 0.99)),
    chunks: added.length, alarms,
  };
}

export const gateBenchSection: BenchSection = {
  key: 'gate',
  run: async ctx => measureGate(ctx.engine, ctx.streams, ctx.chunk),
  text: result => {
    const g = result as GateBenchResult;
    return [
      `hold-back gate: added per chunk over the bare session p50 ${g.p50Ms.toFixed(4)} ms, p99 ${g.p99Ms.toFixed(4)} ms, max ${g.maxMs.toFixed(3)} ms (${g.chunks} chunks of the bench streams without their alarming lines; session alone p50 ${g.sessionP50Ms.toFixed(4)}, p99 ${g.sessionP99Ms.toFixed(3)} ms)`,
      `  goal p99 ≤ ${GATE_GOAL_P99_MS} ms ${g.p99Ms <= GATE_GOAL_P99_MS ? 'met' : 'MISSED'}${g.alarms ? `; ${g.alarms} stream(s) stopped by an alarm` : ''}`,
    ];
  },
};
