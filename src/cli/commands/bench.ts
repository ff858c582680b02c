import * as fs from 'node:fs';
import * as os from 'node:os';
import { Engine, EngineOptions } from '../../core';
import { chunksOf } from '../../core/eval/replay';
import { flag, parseCommandArgs, UsageError } from '../args';
import { coldStartToFirstFinding, median, regexOnlyEngine, timeMode, Timing } from '../bench/measure';
import { BENCH_STREAMS, BenchStreamSpec } from '../bench/samples';
import { BENCH_SECTIONS, BenchSection } from '../bench/sections';
import { CliContext, Command, EXIT_OK } from '../io';

/** The chunk size the issue's targets are stated for. */
export const BENCH_CHUNK = 4;
/** Targets: per-chunk p50 and p99, and the speed-up over re-parsing every chunk. */
export const TARGETS = { p50Ms: 0.1, p99Ms: 2, speedup: 5 };

export const benchHelp = `Usage: vigil bench [--json] [--only PARTS | --proxy]

Times the monitor on a ~5 KB Python and a ~5 KB JavaScript stream in ${BENCH_CHUNK}-character chunks,
after warm-up, three ways in the same run:
  incremental    the engine as shipped (tree edits, queries over the changed region)
  full reparse   the whole text parsed afresh and the whole tree queried every chunk
  regex only     only the regex rules, nothing parsed
Reports per-chunk latency (p50, p99, max), whole-stream time and throughput, the time from
process start to the first finding (a child 'vigil monitor' process) and the resident memory.
Then, in the same run:
  gate           what the hold-back gate adds per chunk, on alarm-free streams
  proxy          50 concurrent streams through the monitoring proxy on loopback (about 20 s):
                 added latency per chunk (p50, p99) and throughput against the same streams
                 read directly from the fake upstream
  verifier       what the learned verifier adds per chunk

  --json         print {"version":1,"streams":[{"name","language","bytes","chunks","incremental":
                 {"p50Ms","p99Ms","maxMs","totalMs"},"fullReparse":{...},"regexOnly":{...}}],
                 "coldStartMs","rssMb","gate":{"p50Ms","p99Ms",...},"proxy":{"addedP50Ms",
                 "addedP99Ms","throughput",...},"verifier":{...}}
  --only PARTS   run only these parts, comma-separated: engine (the streams, cold start and
                 memory), ${BENCH_SECTIONS.map(b => b.key).join(', ')}
  --proxy        the proxy load benchmark alone (same as --only proxy)

The machine's load shows in the figures: compare modes within one run.
`;

export interface BenchStreamResult {
  name: string;
  language: string;
  bytes: number;
  chunks: number;
  incremental: Timing;
  fullReparse: Timing;
  regexOnly: Timing;
}

/** `vigil bench --json`; later features add their sections as further keys. */
export interface BenchReport {
  version: 1;
  streams: BenchStreamResult[];
  /** Median time from starting the CLI to its first finding; null when not measured. */
  coldStartMs: number | null;
  /** Resident memory after the incremental runs, MB. */
  rssMb: number;
  [section: string]: unknown;
}

export interface BenchOptions {
  streams?: readonly BenchStreamSpec[];
  chunk?: number;
  /** Runs discarded before timing, per mode (full reparse: at most one). */
  warmup?: number;
  /** Timed runs per mode (full reparse: one). */
  runs?: number;
  /** How many cold starts to take the median of; 0 skips the measurement. */
  coldStarts?: number;
  cliScript?: string;
  /** Creates the engine of the full-reparse baseline (a separate engine: it has its own limits). */
  createEngine?: (options: EngineOptions) => Promise<Engine>;
  sections?: readonly BenchSection[];
  /** Measure the streams, the cold start and the memory (default true). */
  engineFigures?: boolean;
  progress?: (message: string) => void;
  now?: () => number;
}

/** Runs the benchmark. */
export async function runBenchmark(engine: Engine, options: BenchOptions = {}): Promise<{ report: BenchReport; sectionText: string[] }> {
  const allStreams = options.streams ?? BENCH_STREAMS;
  const engineFigures = options.engineFigures ?? true;
  const streams = engineFigures ? allStreams : [];
  const chunk = options.chunk ?? BENCH_CHUNK;
  const warmup = options.warmup ?? 2;
  const runs = options.runs ?? 3;
  const now = options.now ?? (() => performance.now());
  const progress = options.progress ?? (() => undefined);
  const createEngine = options.createEngine ?? (o => Engine.create(o));

  // The child process first, while this one is idle.
  let coldStartMs: number | null = null;
  const coldStarts = options.coldStarts ?? 3;
  if (options.cliScript && coldStarts > 0 && streams.length) {
    progress('cold start');
    const times: number[] = [];
    for (let i = 0; i < coldStarts; i++) {
      const t = await coldStartToFirstFinding(options.cliScript, streams[0].language, streams[0].text);
      if (t !== null) times.push(t);
    }
    coldStartMs = times.length ? round(median(times)) : null;
  }

  engine.preload(streams.map(s => s.language));
  const incremental = streams.map(s => {
    progress(`${s.name}: incremental`);
    return timeMode(engine, s, chunk, warmup, runs, now);
  });
  const rssMb = round(process.memoryUsage().rss / (1024 * 1024), 1);
  const regexOnly = streams.map(s => {
    progress(`${s.name}: regex only`);
    return timeMode(regexOnlyEngine(engine, s.language), s, chunk, warmup, runs, now);
  });
  const reparseEngine = streams.length ? await createEngine({ limits: { ...engine.limits, reparseFromScratch: true } }) : undefined;
  reparseEngine?.preload(streams.map(s => s.language));
  const fullReparse = streams.map(s => {
    progress(`${s.name}: full reparse`);
    return timeMode(reparseEngine!, s, chunk, Math.min(warmup, 1), 1, now);
  });

  const report: BenchReport = {
    version: 1,
    streams: streams.map((s, i) => ({
      name: s.name,
      language: s.language,
      bytes: Buffer.byteLength(s.text, 'utf8'),
      chunks: [...chunksOf(s.text, chunk)].length,
      incremental: roundTiming(incremental[i]),
      fullReparse: roundTiming(fullReparse[i]),
      regexOnly: roundTiming(regexOnly[i]),
    })),
    coldStartMs,
    rssMb,
  };
  const sectionText: string[] = [];
  for (const section of options.sections ?? BENCH_SECTIONS) {
    progress(section.key);
    const result = await section.run({ engine, streams: allStreams, chunk, cliScript: options.cliScript, progress });
    report[section.key] = result;
    sectionText.push(...section.text(result));
  }
  return { report, sectionText };
}

function round(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function roundTiming(t: Timing): Timing {
  return { p50Ms: round(t.p50Ms), p99Ms: round(t.p99Ms), maxMs: round(t.maxMs), totalMs: round(t.totalMs, 2) };
}

const pad = (s: string, n: number) => s.padStart(n);

/** The human-readable report. */
export function benchText(report: BenchReport, sectionText: readonly string[] = [], runs = 3): string {
  const lines = [
    `Vigil bench: ${BENCH_CHUNK}-character chunks, after warm-up; ${runs} timed runs (full reparse: 1); node ${process.version}, ${os.platform()} ${os.arch()}, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(2)}`,
    '',
  ];
  for (const s of report.streams) {
    lines.push(`${s.name} (${s.language}, ${s.bytes} bytes, ${s.chunks} chunks)`);
    lines.push(`  ${'mode'.padEnd(13)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}${pad('max ms', 9)}${pad('total ms', 10)}${pad('KB/s', 9)}`);
    const row = (name: string, t: Timing) =>
      `  ${name.padEnd(13)}${pad(t.p50Ms.toFixed(4), 9)}${pad(t.p99Ms.toFixed(3), 9)}${pad(t.maxMs.toFixed(2), 9)}${pad(t.totalMs.toFixed(1), 10)}${pad((s.bytes / 1024 / (t.totalMs / 1000)).toFixed(0), 9)}`;
    lines.push(row('incremental', s.incremental), row('full reparse', s.fullReparse), row('regex only', s.regexOnly));
    lines.push(`  full reparse / incremental: ${(s.fullReparse.totalMs / s.incremental.totalMs).toFixed(1)}x per stream, ${(s.fullReparse.p50Ms / s.incremental.p50Ms).toFixed(1)}x p50; incremental / regex only: ${(s.incremental.totalMs / s.regexOnly.totalMs).toFixed(1)}x`);
    lines.push('');
  }
  lines.push(`cold start to first finding: ${report.coldStartMs === null ? 'not measured (run from dist/cli.js)' : `${report.coldStartMs.toFixed(0)} ms (median; child process 'vigil monitor', from spawn)`}`);
  lines.push(`RSS after the incremental runs: ${report.rssMb.toFixed(1)} MB`);
  const worst = (k: 'p50Ms' | 'p99Ms') => Math.max(...report.streams.map(s => s.incremental[k]));
  const speedup = Math.min(...report.streams.map(s => s.fullReparse.totalMs / s.incremental.totalMs));
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  if (report.streams.length) {
    lines.push(`targets: p50 ≤ ${TARGETS.p50Ms} ms ${verdict(worst('p50Ms') <= TARGETS.p50Ms)} (${worst('p50Ms').toFixed(4)}), p99 ≤ ${TARGETS.p99Ms} ms ${verdict(worst('p99Ms') <= TARGETS.p99Ms)} (${worst('p99Ms').toFixed(3)}), ≥ ${TARGETS.speedup}x faster than full reparse ${verdict(speedup >= TARGETS.speedup)} (${speedup.toFixed(1)}x)`);
  }
  if (sectionText.length) lines.push('', ...sectionText);
  return `${lines.join('\n')}\n`;
}

/** The CLI script the bench may start again: the running dist/cli.js, when it is one. */
function usableScript(script: string | undefined): string | undefined {
  return script && /\.js$/.test(script) && fs.existsSync(script) ? script : undefined;
}

/** The parts `--only` / `--proxy` select (all by default). */
export function benchParts(only: string | undefined, proxyOnly: boolean): { engine: boolean; sections: BenchSection[] } {
  if (proxyOnly && only !== undefined) throw new UsageError("bench: use either --only or --proxy");
  if (proxyOnly) only = 'proxy';
  if (only === undefined) return { engine: true, sections: BENCH_SECTIONS };
  const known = ['engine', ...BENCH_SECTIONS.map(b => b.key)];
  const wanted = only.split(',').map(p => p.trim()).filter(Boolean);
  if (!wanted.length) throw new UsageError(`bench: --only needs a list of parts (${known.join(', ')})`);
  for (const p of wanted) if (!known.includes(p)) throw new UsageError(`bench: unknown part '${p}' for --only (parts: ${known.join(', ')})`);
  return { engine: wanted.includes('engine'), sections: BENCH_SECTIONS.filter(b => wanted.includes(b.key)) };
}

export async function runBench(args: string[], ctx: CliContext): Promise<number> {
  const parsed = parseCommandArgs('bench', args, { json: { type: 'boolean' }, only: { type: 'string' }, proxy: { type: 'boolean' } });
  if (parsed.values.help) {
    ctx.io.stdout.write(benchHelp);
    return EXIT_OK;
  }
  if (parsed.positionals.length) throw new UsageError(`bench: unexpected argument '${parsed.positionals[0]}'`);
  const json = flag(parsed, 'json');
  const parts = benchParts(parsed.values.only as string | undefined, flag(parsed, 'proxy'));
  const tty = (ctx.io.stderr as { isTTY?: boolean }).isTTY === true;
  const engine = await ctx.engine();
  const { report, sectionText } = await runBenchmark(engine, {
    cliScript: usableScript(ctx.cliScript),
    engineFigures: parts.engine,
    sections: parts.sections,
    progress: tty ? m => ctx.io.stderr.write(`\rvigil bench: ${m}...\u001b[K`) : undefined,
  });
  if (tty) ctx.io.stderr.write('\r\u001b[K');
  ctx.io.stdout.write(json ? `${JSON.stringify(report)}\n` : benchText(report, sectionText));
  return EXIT_OK;
}

export const benchCommand: Command = {
  name: 'bench',
  summary: 'time the monitor per chunk against re-parsing and regex-only baselines',
  help: benchHelp,
  run: runBench,
};
