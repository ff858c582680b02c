// The response corpora the prose score is trained on, read from ../shared/data (development data;
// the held-out part of each corpus is not there and is never read).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { streamGroup } from '../../core/calibration/groups';
import { LabelledStream } from '../../core/eval/dataset';
import { ProseDoc } from '../../core/verifier/trainProse';

/** Moderation texts are user posts, not assistant answers: they count for less. */
const MODERATION_WEIGHT = 0.5;
/** "Sure, here is ..." targets are one-line openings of harmful answers. */
const TARGET_WEIGHT = 0.5;

export interface CorpusSummary {
  corpus: string;
  file: string;
  docs: number;
  unsafe: number;
}

/**
 * JailbreakBench and XSTest responses, as labelled in streams-dev.jsonl (the same texts and labels
 * as the raw folders; the stream ids carry the behaviour index and the prompt id used as groups).
 */
export function chatResponseDocs(streams: readonly LabelledStream[]): ProseDoc[] {
  return streams
    .filter(s => s.kind === 'chat' && (s.source === 'jailbreakbench' || s.source === 'xstest'))
    .map(s => ({ text: s.text, label: s.label === 'unsafe' ? 1 : 0, group: streamGroup(s), corpus: s.source }));
}

/** OpenAI moderation samples: unsafe when any category is flagged. */
export function moderationDocs(dataDir: string): ProseDoc[] {
  const file = path.join(dataDir, 'openai-moderation', 'samples-1680.jsonl.gz');
  const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n').filter(l => l.trim());
  return lines.map((line, i) => {
    const r = JSON.parse(line) as Record<string, unknown>;
    const flagged = ['S', 'H', 'V', 'HR', 'SH', 'S3', 'H2', 'V2'].some(k => r[k] === 1);
    return { text: String(r.prompt ?? ''), label: flagged ? 1 : 0, group: `moderation:${i}`, corpus: 'openai-moderation', weight: MODERATION_WEIGHT };
  }).filter(d => d.text.trim()) as ProseDoc[];
}

/** HarmBench and AdvBench affirmative targets ("Sure, here is ..."): openings of harmful answers. */
export function targetDocs(dataDir: string): ProseDoc[] {
  const dir = path.join(dataDir, 'harmbench-advbench', 'data', 'optimizer_targets');
  const files = [path.join(dir, 'harmbench_targets_text.json'), path.join(dir, 'extra_targets', 'advbench_targets.json')];
  const docs: ProseDoc[] = [];
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
    for (const [id, text] of Object.entries(data)) if (typeof text === 'string' && text.trim()) docs.push({ text, label: 1, group: `target:${id}`, corpus: 'harmbench-targets', weight: TARGET_WEIGHT });
  }
  return docs;
}

/** Every prose training doc, and a line per corpus for the weights header. */
export function proseCorpora(dataDir: string, streams: readonly LabelledStream[]): { docs: ProseDoc[]; summary: CorpusSummary[] } {
  const parts: [string, string, ProseDoc[]][] = [
    ['jailbreakbench+xstest', 'streams-dev.jsonl', chatResponseDocs(streams)],
    ['openai-moderation', 'openai-moderation/samples-1680.jsonl.gz', moderationDocs(dataDir)],
    ['harmbench-targets', 'harmbench-advbench/data/optimizer_targets/{harmbench_targets_text,extra_targets/advbench_targets}.json', targetDocs(dataDir)],
  ];
  return {
    docs: parts.flatMap(p => p[2]),
    summary: parts.map(([corpus, file, docs]) => ({ corpus, file, docs: docs.length, unsafe: docs.filter(d => d.label === 1).length })),
  };
}
