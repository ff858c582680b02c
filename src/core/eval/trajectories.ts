// Scored labelled streams: each replayed once with its s_t trajectory kept, so that thresholds and
// alarm policies can be tried on them without replaying again (calibration and split evaluation).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { streamGroup } from '../calibration/groups';
import { Engine } from '../engine';
import { AlarmPolicy } from '../monitor/alarmPolicy';
import { Verifier } from '../monitor/verifier';
import { isLearnedVerifier, isTrainingStream } from '../verifier/learnedVerifier';
import { LabelledStream } from './dataset';
import { DecidedStream } from './metrics';
import { replayStream, StreamOutcome } from './replay';

export type ScoredOutcome = StreamOutcome & { group: string; trajectory: { offset: number; safety: number }[] };

/** A digest of the rules in force (what findings, and so scores, depend on). */
export function rulesDigest(engine: Engine): string {
  const rules = engine.rules.rules.map(r => [r.id, r.languages, r.severity, r.confidence, r.query ?? '', r.regex ?? '']);
  return createHash('sha256').update(JSON.stringify(rules)).digest('hex').slice(0, 16);
}

export interface ScoreOptions {
  chunk: number;
  progress?: (done: number, total: number) => void;
  /**
   * A folder where scored streams are kept between runs, keyed by verifier version, rules, chunk and
   * the streams' ids and texts: a second `calibrate` or `eval` on the same data does not replay.
   */
  cacheDir?: string;
}

/** Replays every stream with its trajectory kept. */
export function scoreStreams(engine: Engine, streams: readonly LabelledStream[], options: ScoreOptions): ScoredOutcome[] {
  let cacheFile: string | undefined;
  if (options.cacheDir) {
    const h = createHash('sha256').update(JSON.stringify([engine.verifier.version, rulesDigest(engine), options.chunk]));
    for (const s of streams) h.update(`${s.id}\u0000${s.kind}\u0000${s.language ?? ''}\u0000${s.text}\u0000`);
    cacheFile = path.join(options.cacheDir, `scores-${h.digest('hex').slice(0, 20)}.json`);
    if (fs.existsSync(cacheFile)) return JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as ScoredOutcome[];
  }
  const out = streams.map((s, i) => {
    const o = replayStream(engine, s, { chunk: options.chunk, keepTrajectory: true }) as ScoredOutcome;
    o.group = streamGroup(s);
    options.progress?.(i + 1, streams.length);
    return o;
  });
  if (cacheFile) {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    fs.writeFileSync(cacheFile, JSON.stringify(out));
  }
  return out;
}

/**
 * The streams fit to calibrate or evaluate the verifier on: when `dataHash` is the data the
 * verifier was trained on, the streams of its training half are left out (their scores are
 * optimistic: a threshold set on them would not hold on new text).
 */
export function heldOutStreams<T extends { id: string; source: string; text: string }>(verifier: Verifier, dataHash: string, streams: readonly T[]): { streams: T[]; leftOut: number; note?: string } {
  if (!isLearnedVerifier(verifier) || verifier.trainingSplit.dataHash !== dataHash) return { streams: [...streams], leftOut: 0 };
  const kept = streams.filter(s => !isTrainingStream(streamGroup(s), verifier.trainingSplit));
  const leftOut = streams.length - kept.length;
  return { streams: kept, leftOut, note: `${leftOut} of ${streams.length} streams were left out: the verifier (${verifier.version}) was trained on them` };
}

/** Where `policy` would have raised the alarm on a recorded trajectory: the offset of the first alarm, or null. */
export function policyAlarmOffset(policy: AlarmPolicy, trajectory: readonly { offset: number; safety: number }[]): number | null {
  const run = policy.start();
  for (const p of trajectory) if (run.update(p.safety)) return p.offset;
  return null;
}

/** The outcomes re-decided by `policy` (for metrics). */
export function decide(policy: AlarmPolicy, outcomes: readonly ScoredOutcome[]): DecidedStream[] {
  return outcomes.map(o => ({ ...o, alarmOffset: policyAlarmOffset(policy, o.trajectory) }));
}
