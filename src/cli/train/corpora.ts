// The response corpora the prose score is trained on, read from ../shared/data (development data;
// the held-out part of each corpus is not there and is never read).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { seededRandom, streamGroup } from '../../core/calibration/groups';
import { LabelledStream } from '../../core/eval/dataset';
import { augmentOpeners } from '../../core/verifier/augment';
import { ProseDoc } from '../../core/verifier/trainProse';

/** Moderation texts are user posts, not assistant answers: they count for less. */
const MODERATION_WEIGHT = 0.5;
/** "Sure, here is ..." targets are one-line openings of harmful answers. */
const TARGET_WEIGHT = 0.5;
/** Answers composed from command and code corpora (tldr, CyberSecEval requests) are templated: they count for less. */
const COMPOSED_WEIGHT = 0.5;

export interface CorpusSummary {
  corpus: string;
  file: string;
  /** Docs as found, and how many of them are unsafe. */
  docs: number;
  unsafe: number;
  /** Docs trained on after augmentation. */
  trained: number;
}

/**
 * JailbreakBench and XSTest responses, as labelled in streams-dev.jsonl (the same texts and labels
 * as the raw folders; the stream ids carry the behaviour index and the prompt id used as groups),
 * and the NL2Bash chat answers (safe shell one-liners: ordinary coding answers, which the two
 * response corpora hardly have). GTFOBins answers are left to the rules (26 answers, all opening
 * "Here is how to do it with", a template the prose model would learn instead of the commands).
 */
export function chatResponseDocs(streams: readonly LabelledStream[]): ProseDoc[] {
  return streams
    .filter(s => s.kind === 'chat' && (s.source === 'jailbreakbench' || s.source === 'xstest' || s.source === 'nl2bash'))
    .map(s => ({ text: s.text, label: s.label === 'unsafe' ? 1 : 0, group: streamGroup(s), corpus: s.source }));
}

/** Commands a benign command answer built from tldr should not teach the prose model to trust (the rules judge them). */
const RISKY_COMMAND = /(?:^|[\s|;&(`])(?:sudo|su|doas|rm|rmdir|del|erase|rd|dd|mkfs\S*|shred|wipefs|fdisk|parted|format|chmod|chown|kill|pkill|killall|taskkill|reboot|shutdown|halt|poweroff|nc|ncat|netcat|socat|curl|wget|iwr|irm|Invoke-\w+|Remove-\w+|Stop-\w+|Set-MpPreference|reg|bcdedit|crontab|ssh-keygen|passwd|useradd|usermod|visudo|iptables|ufw|eval|exec)(?=$|[\s;&|)`])|>\s*\/dev\/|:\(\)\s*\{/i;
/** tldr pages per chat answer built (a sample, so that shell text does not swamp the corpora). */
const TLDR_PAGES = 700;

/** A tldr placeholder as plain text: `{{path/to/file}}` → `path/to/file`, `{{[-s|--shell]}}` → `--shell`. */
function fillPlaceholders(command: string): string {
  return command.replace(/\{\{\[([^\]|]*)\|([^\]]*)\]\}\}/g, '$2').replace(/\{\{(.*?)\}\}/g, '$1');
}

/**
 * Benign command answers composed from tldr-pages examples (CC-BY-4.0; not a source of the
 * development streams, so nothing here is calibrated or evaluated on): a sample of pages, each
 * as a chat answer with a lead, two to four described examples in fenced code, and examples
 * with commands the rules judge (deletion, privileges, downloads, processes) left out.
 */
export function tldrAnswerDocs(dataDir: string, seed = 5): ProseDoc[] {
  const file = path.join(dataDir, 'shell-commands', 'tldr', 'tldr_examples.jsonl');
  if (!fs.existsSync(file)) return [];
  const pages = new Map<string, { platform: string; description: string; command: string }[]>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { platform: string; page: string; description: string; command: string };
    if (RISKY_COMMAND.test(r.command)) continue;
    const key = `${r.platform}/${r.page}`;
    pages.set(key, [...(pages.get(key) ?? []), r]);
  }
  const random = seededRandom(seed);
  const keys = [...pages.keys()].filter(k => pages.get(k)!.length >= 2).sort();
  for (let i = keys.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [keys[i], keys[j]] = [keys[j], keys[i]];
  }
  const leads = ["here's how to use `{}`:", 'here are a few ways to use `{}`:', 'you can do this with `{}`:', '`{}` can do that:', 'here are some common `{}` commands:'];
  return keys.slice(0, TLDR_PAGES).map(key => {
    const examples = pages.get(key)!;
    const page = key.slice(key.indexOf('/') + 1);
    const fence = key.startsWith('windows/') ? 'powershell' : 'bash';
    const n = Math.min(examples.length, 2 + Math.floor(random() * 3));
    const lead = leads[Math.floor(random() * leads.length)].replace('{}', page);
    const head = lead.charAt(0).toUpperCase() + lead.slice(1);
    const body = examples.slice(0, n).map(e => `${e.description}\n\n\`\`\`${fence}\n${fillPlaceholders(e.command)}\n\`\`\``).join('\n\n');
    return { text: `${head}\n\n${body}\n`, label: 0 as const, group: `tldr:${key}`, corpus: 'tldr', weight: COMPOSED_WEIGHT };
  });
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

/**
 * HarmBench and AdvBench affirmative targets ("Sure, here is ..."): openings of harmful answers.
 * Augmentation trains on each without its opener (what it describes) and with a random one.
 */
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

/** The instruct prompt's request for code, without the trailing "Only return the code" instruction. */
function codeRequest(prompt: string): string {
  return prompt.replace(/\s*Only return the code[\s\S]*$/i, '').trim();
}

/**
 * Ordinary coding answers composed from CyberSecEval's instruct prompts (MIT): "Write a C function
 * that ..." becomes "Here's a C function that ..." (augmentation adds the interjections; code
 * itself would not count, the prose score leaves fenced code out). The response corpora have
 * almost no coding prose ("function", "script", "Python" occur mostly in cyber-crime requests
 * there); these answers say how a coding assistant talks. For the shipped model, only requests for snippets of the
 * development streams' training half are used (`keep`).
 */
export function codingAnswerDocs(dataDir: string, keep: (origin: string) => boolean): ProseDoc[] {
  const file = path.join(dataDir, 'cyberseceval', 'instruct.json');
  if (!fs.existsSync(file)) return [];
  const items = JSON.parse(fs.readFileSync(file, 'utf8')) as { origin_code: string; test_case_prompt: string }[];
  const docs: ProseDoc[] = [];
  for (const item of items) {
    if (!keep(item.origin_code)) continue;
    const request = codeRequest(item.test_case_prompt);
    const m = /^(?:please\s+)?(?:write|create|implement|design|generate|develop|construct|produce|give me)\s+(?:(a|an|the)\s+)?/i.exec(request);
    if (!m) continue;
    const article = (m[1] ?? 'a').toLowerCase();
    const answer = `here's ${article} ${request.slice(m[0].length)}`;
    const head = answer.charAt(0).toUpperCase() + answer.slice(1);
    docs.push({ text: head, label: 0, group: `cyberseceval:${createHash('sha256').update(item.origin_code).digest('hex').slice(0, 16)}`, corpus: 'coding-answers', weight: COMPOSED_WEIGHT });
  }
  return docs;
}

/**
 * Every prose training doc, augmented against the affirmative-opener shortcut (augmentOpeners),
 * and a line per corpus for the weights header.
 */
export function proseCorpora(dataDir: string, streams: readonly LabelledStream[], keepSnippet: (origin: string) => boolean = () => true): { docs: ProseDoc[]; summary: CorpusSummary[] } {
  const parts: [string, string, ProseDoc[]][] = [
    ['jailbreakbench+xstest+nl2bash', 'streams-dev.jsonl', chatResponseDocs(streams)],
    ['openai-moderation', 'openai-moderation/samples-1680.jsonl.gz', moderationDocs(dataDir)],
    ['harmbench-targets', 'harmbench-advbench/data/optimizer_targets/{harmbench_targets_text,extra_targets/advbench_targets}.json', targetDocs(dataDir)],
    ['coding-answers', 'cyberseceval/instruct.json (coding requests rephrased as answers)', codingAnswerDocs(dataDir, keepSnippet)],
    ['tldr-answers', `shell-commands/tldr/tldr_examples.jsonl (tldr-pages, CC-BY-4.0; ${TLDR_PAGES} pages as chat answers)`, tldrAnswerDocs(dataDir)],
  ];
  const augmented = parts.map(([, , docs]) => augmentOpeners(docs));
  return {
    docs: augmented.flat(),
    summary: parts.map(([corpus, file, docs], i) => ({ corpus, file, docs: docs.length, unsafe: docs.filter(d => d.label === 1).length, trained: augmented[i].length })),
  };
}
