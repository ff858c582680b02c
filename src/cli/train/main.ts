// `npm run train`: trains the learned verifier from ../shared/data and writes src/models/verifier.json.
//   node out/src/cli/train/main.js [--data-dir DIR] [--out FILE] [--cache DIR] [--chunk N] [--no-cv]
//                                  [--rules PACK.json] [--recordings FILE]
// Re-run it whenever the rule packs change (the stream model learns from what the rules find),
// then `npm run calibrate` (the calibration is tied to the weights' version).
import { execSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Engine, loadRulePack } from '../../core';
import { groupFold, streamGroup } from '../../core/calibration/groups';
import { hashData } from '../../core/calibration/calibrationFile';
import { parseLabelledStreams } from '../../core/eval/dataset';
import { rulesDigest } from '../../core/eval/trajectories';
import { DEFAULT_CHUNK } from '../../core/eval/replay';
import { DEFAULT_AUGMENT_OPTIONS } from '../../core/verifier/augment';
import { DENSE_FEATURES } from '../../core/verifier/features';
import { isTrainingStream, TrainingSplit, VerifierWeights, weightsVersion } from '../../core/verifier/learnedVerifier';
import { decodeProseModel, encodeProseModel } from '../../core/verifier/proseModel';
import { crossValidateProse, DEFAULT_PROSE_OPTIONS, trainProseModel } from '../../core/verifier/trainProse';
import { DEFAULT_STREAM_OPTIONS, fitJointModel, stepRows, TrainingStream } from '../../core/verifier/trainStream';
import { parseCommandArgs, positiveIntOption, stringOption } from '../args';
import { proseCorpora } from './corpora';
import { heldOutMetrics } from './metrics';
import { recordStreams } from './record';

/** Half of the development streams (by group) train the verifier; the other half is left for calibration and evaluation. */
const SPLIT = { folds: 2, seed: 7, trainFold: 0 };
/** Folds for cross-fitting the prose score into the stream model, and for the prose AUROC. */
const CV_FOLDS = 5;

function log(message: string): void {
  process.stderr.write(`train: ${message}\n`);
}

function gitCommit(cwd: string): string {
  try {
    const head = execSync('git rev-parse --short HEAD', { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execSync('git status --porcelain -- src/rules src/core', { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    return dirty ? `${head} (with uncommitted changes under src/rules or src/core)` : head;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const parsed = parseCommandArgs('train', process.argv.slice(2), { 'data-dir': { type: 'string' }, out: { type: 'string' }, cache: { type: 'string' }, chunk: { type: 'string' }, 'no-cv': { type: 'boolean' }, recordings: { type: 'string' }, rules: { type: 'string' } });
  const cwd = process.cwd();
  const dataDir = path.resolve(cwd, stringOption(parsed, 'data-dir') ?? '../shared/data');
  const out = path.resolve(cwd, stringOption(parsed, 'out') ?? 'src/models/verifier.json');
  const cacheDir = path.resolve(stringOption(parsed, 'cache') ?? path.join(os.tmpdir(), 'vigil-train-cache'));
  const chunk = positiveIntOption('train', parsed, 'chunk', DEFAULT_CHUNK);
  const started = Date.now();

  const dataFile = path.join(dataDir, 'streams-dev.jsonl');
  const content = fs.readFileSync(dataFile);
  const dataHash = hashData(content);
  const streams = parseLabelledStreams(content.toString('utf8'), dataFile);
  const split: TrainingSplit = { data: 'streams-dev.jsonl', dataHash, ...SPLIT };
  const trainIds = new Set(streams.filter(s => isTrainingStream(streamGroup(s), split)).map(s => s.id));
  log(`${streams.length} streams, ${trainIds.size} in the training half (by group)`);

  // 1. The prose score. Grouped CV over every doc gives the reported AUROC; the shipped model sees
  //    only the training half of the development streams (plus the external corpora).
  const all = proseCorpora(dataDir, streams);
  // (coding answers are composed from CyberSecEval snippets: those of the training half only)
  const trainSnippets = new Set(streams.filter(s => s.source === 'cyberseceval' && trainIds.has(s.id)).map(s => s.text));
  const trainDocs = proseCorpora(dataDir, streams.filter(s => trainIds.has(s.id)), origin => trainSnippets.has(origin)).docs;
  let proseCv: ReturnType<typeof crossValidateProse> | undefined;
  if (!parsed.values['no-cv']) {
    log(`prose: ${CV_FOLDS}-fold grouped cross-validation over ${all.docs.length} docs`);
    proseCv = crossValidateProse(all.docs, CV_FOLDS);
    log(`prose AUROC ${JSON.stringify(proseCv.auroc)}`);
  }
  log(`prose: cross-fitting on the ${trainDocs.length} training docs`);
  const stacking = crossValidateProse(trainDocs, CV_FOLDS);
  const prose = trainProseModel(trainDocs);

  // 2. What the rules find, after every chunk of every stream.
  // --rules dist/rules.json trains on a frozen rule pack (the one a bundle that calibrates will use).
  const rulesPack = stringOption(parsed, 'rules');
  const engine = await Engine.create({ calibration: null, ...(rulesPack ? { rules: loadRulePack(path.resolve(cwd, rulesPack)) } : {}) });
  let lastShown = 0;
  // --recordings FILE reuses a recordings file as is (for trying training options quickly; the
  // header then names it, since the rules it was recorded with may differ from the current ones).
  const recordingsFile = stringOption(parsed, 'recordings');
  const recordings = recordStreams(engine, streams, {
    chunk, dataHash, cacheDir, ...(recordingsFile ? { file: path.resolve(cwd, recordingsFile) } : {}),
    progress: (done, total) => {
      if (Date.now() - lastShown > 15000 || done === total) {
        lastShown = Date.now();
        log(`replayed ${done}/${total} streams`);
      }
    },
  });

  // 3. The stream model (rule evidence shared by the kinds, an intercept per kind, the prose score for
  //    chat), on the training half, with cross-fitted prose scores (a stream's prose score comes from
  //    a model that did not see its group, as it will be for new text).
  const training: TrainingStream[] = recordings.filter(r => trainIds.has(r.id)).map(r => ({
    kind: r.kind, unsafe: r.unsafe, rows: stepRows(r, stacking.models[groupFold(r.group, CV_FOLDS)]),
  }));
  const kinds = fitJointModel(training);

  // 4. Held-out metrics of the shipped weights on the other half.
  // (with the prose weights as shipped: int8-quantised)
  const heldOut = heldOutMetrics(recordings.filter(r => !trainIds.has(r.id)), kinds, decodeProseModel(encodeProseModel(prose)));
  log(`held-out: ${JSON.stringify(heldOut.auroc)}`);

  const body = { features: [...DENSE_FEATURES], kinds, prose: encodeProseModel(prose) };
  const weights: VerifierWeights = {
    format: 'vigil-verifier',
    version: weightsVersion(body),
    header: {
      trainedBy: 'npm run train (src/cli/train/main.ts)',
      trainedAt: new Date().toISOString(),
      commit: gitCommit(cwd),
      rules: { count: engine.rules.rules.length, digest: rulesDigest(engine), ...(recordingsFile ? { recordedWith: path.basename(recordingsFile) } : {}) },
      chunk,
      data: { streams: { file: 'streams-dev.jsonl', hash: dataHash, count: streams.length, training: trainIds.size }, proseCorpora: all.summary },
      split: `streams-dev: groups (same snippet/pair/prompt/behaviour) with groupFold(group, ${SPLIT.folds}, ${SPLIT.seed}) = ${SPLIT.trainFold} train the stream model and the shipped prose score; the other half is held out for calibration and evaluation. Prose AUROC: ${CV_FOLDS}-fold cross-validation by group over all prose docs (scored as found, before augmentation); the stream model sees cross-fitted (out-of-fold) prose scores.`,
      proseOptions: DEFAULT_PROSE_OPTIONS,
      proseAugmentation: { ...DEFAULT_AUGMENT_OPTIONS, note: 'every answer of answerCorpora trained twice at half weight: without its opener, and with a random one from one pool (label-blind), so that "Sure, here is" carries no evidence; AUROC is measured on the texts as found' },
      streamOptions: { ...DEFAULT_STREAM_OPTIONS, model: 'one logistic fit over code and chat streams: rule-evidence and per-rule coefficients shared, an intercept per kind, the prose score from chat' },
      metrics: {
        ...(proseCv ? { proseAurocGroupedCv: proseCv.auroc, proseAurocFirst256CharsGroupedCv: proseCv.prefixAuroc, proseAurocAugmentedGroupedCv: proseCv.augmentedAuroc } : {}),
        heldOut,
      },
    },
    trainingSplit: split,
    ...body,
  };
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(weights, null, 1)}\n`);
  log(`wrote ${path.relative(cwd, out)} (${weights.version}, ${(fs.statSync(out).size / 1024).toFixed(0)} KB) in ${((Date.now() - started) / 1000).toFixed(0)} s; now run npm run calibrate`);
}

main().catch(e => {
  process.stderr.write(`train: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 2;
});
