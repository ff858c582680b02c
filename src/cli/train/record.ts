// Replays labelled streams through the engine once and keeps what the rules found after every
// chunk (the expensive part of training). Recordings are cached by rules, data and chunk size.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Engine } from '../../core';
import { streamGroup } from '../../core/calibration/groups';
import { LabelledStream } from '../../core/eval/dataset';
import { replayText } from '../../core/eval/replay';
import { rulesDigest } from '../../core/eval/trajectories';
import { Finding, StreamKind } from '../../core/monitor/types';
import { Verifier } from '../../core/monitor/verifier';
import { DENSE_FEATURES, ruleEvidence } from '../../core/verifier/features';
import { StreamRecording } from '../../core/verifier/trainStream';

/** A verifier that scores nothing (s_t = 1) and writes down the rule evidence at each step. */
function recordingVerifier(sink: { rec?: Pick<StreamRecording, 'offsets' | 'changes'> }): Verifier {
  return {
    version: 'recorder',
    start: (_kind: StreamKind) => {
      const rec = { offsets: [] as number[], changes: [] as StreamRecording['changes'] };
      sink.rec = rec;
      let characters = 0;
      let lastKey = '';
      return {
        observe(chunk: string) {
          characters += chunk.length;
        },
        score(findings: readonly Finding[]) {
          const e = ruleEvidence(findings);
          const rules = [...e.rules].sort((a, b) => a[0].localeCompare(b[0]));
          const dense = e.dense.map(v => Math.round(v * 1e6) / 1e6);
          const key = JSON.stringify([dense, rules]);
          if (key !== lastKey) {
            rec.changes.push({ step: rec.offsets.length, dense, rules });
            lastKey = key;
          }
          rec.offsets.push(characters);
          return 1;
        },
      };
    },
  };
}

/** A hash of everything the recordings depend on. */
export function recordingKey(engine: Engine, dataHash: string, chunk: number): string {
  return createHash('sha256').update(JSON.stringify({ rules: rulesDigest(engine), dataHash, chunk, features: DENSE_FEATURES })).digest('hex').slice(0, 16);
}

/** Replays every stream (or loads the cached recordings); `progress` gets (done, total). */
export function recordStreams(engine: Engine, streams: readonly LabelledStream[], options: { chunk: number; dataHash: string; cacheDir?: string; file?: string; progress?: (done: number, total: number) => void }): StreamRecording[] {
  const key = recordingKey(engine, options.dataHash, options.chunk);
  const cacheFile = options.file ?? (options.cacheDir ? path.join(options.cacheDir, `recordings-${key}.json`) : undefined);
  if (cacheFile && fs.existsSync(cacheFile)) {
    const cached = JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as Omit<StreamRecording, 'text'>[];
    const byId = new Map(streams.map(s => [s.id, s]));
    return cached.map(c => ({ ...c, text: byId.get(c.id)!.text }));
  }
  const sink: { rec?: Pick<StreamRecording, 'offsets' | 'changes'> } = {};
  const recorder = engine.withMonitor(recordingVerifier(sink), engine.policy);
  const out: StreamRecording[] = [];
  for (const s of streams) {
    const session = recorder.createSession({ kind: s.kind, ...(s.kind === 'code' ? { language: s.language } : {}), threshold: 0 });
    replayText(session, s.text, options.chunk);
    out.push({ id: s.id, kind: s.kind, source: s.source, group: streamGroup(s), unsafe: s.label === 'unsafe', text: s.text, ...sink.rec! });
    options.progress?.(out.length, streams.length);
  }
  if (cacheFile) {
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    fs.writeFileSync(cacheFile, JSON.stringify(out.map(({ text: _text, ...rest }) => rest)));
  }
  return out;
}
