import { spawn } from 'node:child_process';
import { Engine, RuleSet } from '../../core';
import { chunksOf } from '../../core/eval/replay';
import { BenchStreamSpec } from './samples';

/** Latency of one way of monitoring a stream. */
export interface Timing {
  /** Per-chunk latency percentiles over every timed run (push() of one chunk). */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Whole stream, every push and the end(): the median over timed runs. */
  totalMs: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 0.5);
}

/** One run: a fresh session, each chunk pushed and timed, then end(). */
export function timeRun(engine: Engine, stream: BenchStreamSpec, chunks: readonly string[], now: () => number): { latencies: number[]; totalMs: number } {
  const latencies: number[] = new Array(chunks.length);
  const started = now();
  const session = engine.createSession({ kind: 'code', language: stream.language });
  for (let i = 0; i < chunks.length; i++) {
    const t = now();
    session.push(chunks[i]);
    latencies[i] = now() - t;
  }
  session.end();
  return { latencies, totalMs: now() - started };
}

/** Warm-up runs (discarded), then timed runs pooled into one Timing. */
export function timeMode(engine: Engine, stream: BenchStreamSpec, chunkSize: number, warmup: number, runs: number, now: () => number): Timing {
  const chunks = [...chunksOf(stream.text, chunkSize)];
  for (let i = 0; i < warmup; i++) timeRun(engine, stream, chunks, now);
  const all: number[] = [];
  const totals: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { latencies, totalMs } = timeRun(engine, stream, chunks, now);
    all.push(...latencies);
    totals.push(totalMs);
  }
  all.sort((a, b) => a - b);
  return { p50Ms: percentile(all, 0.5), p99Ms: percentile(all, 0.99), maxMs: all[all.length - 1] ?? NaN, totalMs: median(totals) };
}

/**
 * The regex-only baseline: the same session with only the regex rules that apply to the
 * language (retargeted to any text) and no grammar, so nothing is parsed.
 */
export function regexOnlyEngine(engine: Engine, language: string): Engine {
  const rules = engine.rules.rules
    .filter(r => r.regex && (r.languages.includes(language as never) || r.languages.includes('*')))
    .map(r => ({ ...r, languages: ['*' as const] }));
  return engine.withRules(new RuleSet(rules));
}

/**
 * Time from starting `node <cliScript> monitor ...` to its first finding event, writing `text`
 * to its stdin at once: process start, engine and grammar loading, and analysis up to the finding.
 * Null when no finding arrives (or the child fails) within `timeoutMs`.
 */
export function coldStartToFirstFinding(cliScript: string, language: string, text: string, timeoutMs = 30000): Promise<number | null> {
  return new Promise(resolve => {
    const started = performance.now();
    const child = spawn(process.execPath, [cliScript, 'monitor', '--kind', 'code', '--language', language], { stdio: ['pipe', 'pipe', 'ignore'] });
    let settled = false;
    let buffered = '';
    const finish = (value: number | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill();
      resolve(value);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (data: string) => {
      buffered += data;
      if (buffered.includes('"type":"finding"')) finish(performance.now() - started);
      else buffered = buffered.slice(-64);
    });
    child.on('error', () => finish(null));
    child.on('close', () => finish(null));
    child.stdin.on('error', () => undefined);
    child.stdin.end(text);
  });
}
