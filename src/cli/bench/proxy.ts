import * as os from 'node:os';
import { performance as perf } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { Engine } from '../../core';
import { MonitoringProxy } from '../../proxy';
import { percentile } from './measure';
import { loadWorker } from './proxyLoad';
import { safeBenchStreams } from './safeStreams';
import { BenchStreamSpec } from './samples';
import { BenchSection } from './sections';

export interface ProxyBenchOptions {
  /** Concurrent client streams. */
  concurrency?: number;
  /** Characters per upstream chunk (a token is about four). */
  chunkChars?: number;
  /** Pause between chunks of one stream in the paced phases (20 ms = 50 chunks/s, a fast model). */
  intervalMs?: number;
  /** Length of each phase. */
  phaseMs?: number;
}

interface LatencyFigures {
  p50Ms: number;
  p99Ms: number;
  chunks: number;
}

export interface ProxyBenchResult {
  streams: number;
  chunkChars: number;
  intervalMs: number;
  phaseSeconds: number;
  /** Per-chunk latency (upstream write to client read) at the paced rate, direct and through the proxy. */
  direct: LatencyFigures;
  proxied: LatencyFigures;
  /** Proxy minus direct, per percentile. */
  addedP50Ms: number;
  addedP99Ms: number;
  /** With the upstream writing as fast as it can: what the clients receive per second. */
  throughput: { directChunksPerSec: number; proxiedChunksPerSec: number; directKBps: number; proxiedKBps: number };
  /**
   * Share of the time the proxy's event loop was busy during the paced proxy phases and the unpaced
   * one: near 1 means the proxy (mostly the monitor) was saturated and latency is queueing.
   */
  proxyBusy: { paced: number; unpaced: number };
  /** Streams the proxy stopped (should be 0: the texts are the alarm-free bench streams). */
  alarms: number;
  errors: number;
  goalP99Ms: number;
  /** The machine's 1-minute load average before and after (a shared machine shows in every figure). */
  loadAverage: [number, number];
  cpus: number;
}

export const PROXY_GOAL_P99_MS = 5;

interface PhaseResult { latencies: number[]; chunks: number; chars: number; streams: number; completed: number; errors: number; elapsedMs: number }

/**
 * 50 concurrent streams through the proxy on loopback for a bounded time, against the same
 * streams read directly from the fake upstream in the same run. Each stream is a chat answer
 * with one of the alarm-free bench texts in a code block, from a random top-level line on. Latency phases run paced
 * (direct, proxy, proxy, direct, so that drift in the machine's load falls on both), then one
 * unpaced phase each way measures throughput. The upstream and the clients run in a worker
 * thread; the proxy runs here, with the engine.
 */
export async function measureProxy(engine: Engine, streams: readonly BenchStreamSpec[], options: ProxyBenchOptions = {}): Promise<ProxyBenchResult> {
  const concurrency = options.concurrency ?? 50;
  const chunkChars = options.chunkChars ?? 4;
  const intervalMs = options.intervalMs ?? 20;
  const phaseMs = options.phaseMs ?? 3000;
  const texts = safeBenchStreams(engine, streams).map(s => ({ head: `Here is the module:\n\n\`\`\`${s.language}\n`, body: s.text, tail: '```\n\nIt keeps the same interface.\n' }));
  engine.preload(streams.map(s => s.language));

  const loadBefore = os.loadavg()[0];
  const worker = new Worker(`(${loadWorker.toString()})()`, { eval: true, workerData: { texts, chunkChars, intervalMs } });
  let alarms = 0;
  let proxy: MonitoringProxy | undefined;
  try {
    const busy = new Map<number, number>();
    let mark = perf.eventLoopUtilization();
    const messages = workerMessages(worker, (index, state) => {
      if (state === 'start') mark = perf.eventLoopUtilization();
      else busy.set(index, perf.eventLoopUtilization(mark).utilization);
    });
    const ready = (await messages.next()) as { type: 'ready'; port: number };
    proxy = await MonitoringProxy.start({ engine, upstream: `http://127.0.0.1:${ready.port}`, port: 0, onEvent: e => { if (e.type === 'alarm') alarms++; } });
    const paced = (target: number) => ({ target, concurrency, durationMs: phaseMs, paced: true });
    const burst = (target: number) => ({ target, concurrency, durationMs: phaseMs, paced: false });
    worker.postMessage({ type: 'run', phases: [paced(ready.port), paced(proxy.port), paced(proxy.port), paced(ready.port), burst(ready.port), burst(proxy.port)] });
    const { results } = (await messages.next()) as { results: PhaseResult[] };
    const [d1, p1, p2, d2, bd, bp] = results;
    const direct = figures([d1, d2]);
    const proxied = figures([p1, p2]);
    const r = (v: number, digits = 3) => Math.round(v * 10 ** digits) / 10 ** digits;
    return {
      streams: concurrency, chunkChars, intervalMs, phaseSeconds: phaseMs / 1000,
      direct, proxied,
      addedP50Ms: r(proxied.p50Ms - direct.p50Ms), addedP99Ms: r(proxied.p99Ms - direct.p99Ms),
      throughput: {
        directChunksPerSec: Math.round(bd.chunks / (bd.elapsedMs / 1000)), proxiedChunksPerSec: Math.round(bp.chunks / (bp.elapsedMs / 1000)),
        directKBps: r(bd.chars / 1024 / (bd.elapsedMs / 1000), 1), proxiedKBps: r(bp.chars / 1024 / (bp.elapsedMs / 1000), 1),
      },
      proxyBusy: { paced: r(((busy.get(1) ?? 0) + (busy.get(2) ?? 0)) / 2, 2), unpaced: r(busy.get(5) ?? 0, 2) },
      alarms,
      errors: results.reduce((n, p) => n + p.errors, 0),
      goalP99Ms: PROXY_GOAL_P99_MS,
      loadAverage: [r(loadBefore, 2), r(os.loadavg()[0], 2)],
      cpus: os.cpus().length,
    };
  } finally {
    worker.postMessage({ type: 'stop' });
    await proxy?.close();
    await worker.terminate();
  }
}

function figures(phases: PhaseResult[]): LatencyFigures {
  const all = phases.flatMap(p => p.latencies).sort((a, b) => a - b);
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return { p50Ms: r(percentile(all, 0.5)), p99Ms: r(percentile(all, 0.99)), chunks: all.length };
}

/** The worker's messages one at a time; its errors and exit reject the pending read. */
function workerMessages(worker: Worker, onPhase: (index: number, state: 'start' | 'end') => void): { next(): Promise<unknown> } {
  const queue: unknown[] = [];
  const waiting: { resolve: (m: unknown) => void; reject: (e: Error) => void }[] = [];
  let failure: Error | undefined;
  worker.on('message', (m: { type?: string; index?: number; state?: 'start' | 'end' }) => {
    if (m.type === 'phase') return onPhase(m.index!, m.state!);
    if (waiting.length) waiting.shift()!.resolve(m);
    else queue.push(m);
  });
  const fail = (e: Error) => {
    failure = e;
    for (const w of waiting.splice(0)) w.reject(e);
  };
  worker.on('error', fail);
  worker.on('exit', code => fail(new Error(`the bench's load worker exited (${code})`)));
  return {
    next: () => (queue.length ? Promise.resolve(queue.shift()) : failure ? Promise.reject(failure) : new Promise((resolve, reject) => waiting.push({ resolve, reject }))),
  };
}

export const proxyBenchSection: BenchSection = {
  key: 'proxy',
  run: async ctx => {
    ctx.progress('proxy: 50 streams, 6 phases of 3 s');
    return measureProxy(ctx.engine, ctx.streams);
  },
  text: result => {
    const p = result as ProxyBenchResult;
    return [
      `proxy: ${p.streams} concurrent SSE streams on loopback, ${p.chunkChars}-character chunks every ${p.intervalMs} ms, ${p.phaseSeconds} s phases (direct, proxy, proxy, direct); load average ${p.loadAverage[0]} → ${p.loadAverage[1]} on ${p.cpus} CPUs`,
      `  per-chunk latency   direct p50 ${p.direct.p50Ms.toFixed(3)} ms, p99 ${p.direct.p99Ms.toFixed(3)} ms (${p.direct.chunks} chunks); through the proxy p50 ${p.proxied.p50Ms.toFixed(3)} ms, p99 ${p.proxied.p99Ms.toFixed(3)} ms (${p.proxied.chunks} chunks)`,
      `  added by the proxy  p50 ${p.addedP50Ms.toFixed(3)} ms, p99 ${p.addedP99Ms.toFixed(3)} ms: goal p99 ≤ ${p.goalP99Ms} ms ${p.addedP99Ms <= p.goalP99Ms ? 'met' : 'MISSED'}`,
      `  throughput, upstream unpaced: direct ${p.throughput.directChunksPerSec} chunks/s (${p.throughput.directKBps} KB/s of text), through the proxy ${p.throughput.proxiedChunksPerSec} chunks/s (${p.throughput.proxiedKBps} KB/s)`,
      `  proxy event loop busy ${Math.round(p.proxyBusy.paced * 100)}% of the paced phases, ${Math.round(p.proxyBusy.unpaced * 100)}% of the unpaced one${p.proxyBusy.paced > 0.8 ? ' (saturated: the latency is mostly queueing behind monitoring work)' : ''}`,
      ...(p.alarms || p.errors ? [`  ${p.alarms} alarm(s), ${p.errors} connection error(s) during the run`] : []),
    ];
  },
};
