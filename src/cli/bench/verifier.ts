// `vigil bench` section "verifier": what the learned verifier adds per chunk. The findings after
// each chunk are recorded once from a real session; then the verifier alone (observe + score, as
// the session calls it) is timed per chunk, warm, on the bench's code streams and a chat answer.
import { Finding, StreamKind, Verifier } from '../../core';
import { chunksOf } from '../../core/eval/replay';
import { percentile } from './measure';
import { BenchContext, BenchSection } from './sections';

/** The issue's target: the verifier adds at most this per chunk (median). */
export const VERIFIER_TARGET_MS = 0.05;

/** A chat answer with prose and a fenced block (written for Vigil's bench). */
export const CHAT_SAMPLE = `Here is a quick way to rotate the logs of your web service without restarting it.

First, make sure the service writes to a file you can move: most servers reopen their log files
when they receive a signal, so the usual pattern is to rename the current file and then ask the
process to reopen it. If your service does not support that, copytruncate is the fallback, at
the cost of losing a few lines written during the copy.

\`\`\`bash
#!/bin/sh
set -eu
LOG=/var/log/app/service.log
STAMP=$(date +%Y%m%d-%H%M%S)
mv "$LOG" "$LOG.$STAMP"
kill -USR1 "$(cat /run/app/service.pid)"
gzip "$LOG.$STAMP"
find /var/log/app -name 'service.log.*.gz' -mtime +14 -delete
\`\`\`

A few notes on the script: it stops on the first error, it keeps two weeks of compressed logs,
and it never touches files it did not create. Run it from cron once a day, as the same user the
service runs as, so that the new log file gets the right owner. If you use systemd, a timer unit
is a better fit than cron: it logs each run and can catch up after the machine was off.

Finally, check the result the next morning: the directory should hold today's log, yesterday's
compressed file and nothing unexpected. If the log keeps growing after the rename, the service
did not reopen its file, and you will need copytruncate after all.
`;

interface Recorded {
  kind: StreamKind;
  chunks: string[];
  /** Live findings after each chunk (what score() is given). */
  findings: Finding[][];
}

export interface VerifierBenchResult {
  version: string;
  streams: { name: string; kind: StreamKind; chunks: number; p50Ms: number; p99Ms: number }[];
  /** The largest per-stream median. */
  p50Ms: number;
  targetMs: number;
}

function record(ctx: BenchContext, kind: StreamKind, language: string | undefined, text: string): Recorded {
  const chunks = [...chunksOf(text, ctx.chunk)];
  const session = ctx.engine.createSession({ kind, ...(language ? { language } : {}) });
  const findings = chunks.map(c => {
    session.push(c);
    return session.findings;
  });
  session.end();
  return { kind, chunks, findings };
}

/** Per-chunk cost of `verifier` on a recorded stream: warm-up runs, then `runs` timed runs pooled. */
export function timeVerifier(verifier: Verifier, rec: Recorded, runs = 20, now: () => number = () => performance.now()): number[] {
  const times: number[] = [];
  for (let r = -3; r < runs; r++) {
    const run = verifier.start(rec.kind);
    for (let i = 0; i < rec.chunks.length; i++) {
      const t = now();
      run.observe(rec.chunks[i]);
      run.score(rec.findings[i]);
      const dt = now() - t;
      if (r >= 0) times.push(dt);
    }
  }
  return times.sort((a, b) => a - b);
}

export const verifierBenchSection: BenchSection = {
  key: 'verifier',
  async run(ctx) {
    const verifier = ctx.engine.verifier;
    const streams = [
      ...ctx.streams.map(s => ({ name: s.name, rec: record(ctx, 'code', s.language, s.text) })),
      { name: 'chat answer', rec: record(ctx, 'chat', undefined, CHAT_SAMPLE) },
    ];
    const rows = streams.map(({ name, rec }) => {
      ctx.progress(`verifier: ${name}`);
      const t = timeVerifier(verifier, rec);
      const r = (v: number) => Math.round(v * 1e5) / 1e5;
      return { name, kind: rec.kind, chunks: rec.chunks.length, p50Ms: r(percentile(t, 0.5)), p99Ms: r(percentile(t, 0.99)) };
    });
    const result: VerifierBenchResult = { version: verifier.version, streams: rows, p50Ms: Math.max(...rows.map(r => r.p50Ms)), targetMs: VERIFIER_TARGET_MS };
    return result;
  },
  text(raw) {
    const r = raw as VerifierBenchResult;
    return [
      `verifier ${r.version}, per chunk (observe + score, warm): ${r.streams.map(s => `${s.name} p50 ${s.p50Ms.toFixed(4)} ms / p99 ${s.p99Ms.toFixed(4)} ms`).join('; ')}`,
      `target: verifier p50 ≤ ${r.targetMs} ms ${r.p50Ms <= r.targetMs ? 'met' : 'MISSED'} (${r.p50Ms.toFixed(4)})`,
    ];
  },
};
