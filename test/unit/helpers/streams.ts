import * as fs from 'node:fs';
import * as path from 'node:path';

/** Labelled development streams, `../shared/data/` beside the repository on developer and CI machines. */
export const DEV_STREAMS = process.env.VIGIL_DEV_STREAMS ?? path.resolve(__dirname, '../../../..', '..', 'shared', 'data', 'streams-dev.jsonl');

export interface LabelledStream {
  id: string;
  kind: 'code' | 'chat';
  language?: string;
  text: string;
  label: 'safe' | 'unsafe';
  onset: number | null;
  source: string;
}

export function readDevStreams(): LabelledStream[] {
  return fs.readFileSync(DEV_STREAMS, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l) as LabelledStream);
}

/** The engine's seeded PRNG, so "random" chunkings are reproducible. */
export { seededRandom as prng } from '../../../src/core/calibration/groups';

/** Up to `perGroup` streams of each source/language/label group, spread evenly through the file. */
export function stratifiedSample(streams: LabelledStream[], perGroup: number): LabelledStream[] {
  const groups = new Map<string, LabelledStream[]>();
  for (const s of streams) {
    const key = `${s.source}/${s.language ?? s.kind}/${s.label}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const out: LabelledStream[] = [];
  for (const g of groups.values()) {
    const step = g.length / Math.min(perGroup, g.length);
    for (let i = 0; i < Math.min(perGroup, g.length); i++) out.push(g[Math.floor(i * step)]);
  }
  return out;
}
