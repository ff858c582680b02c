// `vigil eval` with calibrated methods (issue 5): random calibration/test splits by group, or a
// fixed calibration file, reported as means with 10–90% bands, and the paper's figure.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_DELTA } from '../../core/calibration/calibrate';
import { CALIBRATION_METHODS, CalibrationFile, CalibrationMethod, readCalibrationFile } from '../../core/calibration/calibrationFile';
import { policyFromCalibration } from '../../core/calibration/calibrate';
import { CONTROLS } from '../../core/calibration/riskControl';
import { figureSvg } from '../../core/eval/figure';
import { DEFAULT_CHUNK } from '../../core/eval/replay';
import { Band, BandedMetrics, evaluateCalibration, evaluateSplits, SplitResult } from '../../core/eval/splits';
import { heldOutStreams, policyAlarmOffset, scoreStreams } from '../../core/eval/trajectories';
import { choiceOption, flag, OptionSpec, ParsedArgs, positiveIntOption, stringOption, UsageError } from '../args';
import { CliContext, EXIT_OK, EXIT_USAGE } from '../io';
import { fractionOption, progressLine, readLabelledFile } from './calibrate';

/** The options issue 5 adds to `vigil eval`. */
export const CALIBRATED_EVAL_OPTIONS: Record<string, OptionSpec> = {
  method: { type: 'string' }, epsilon: { type: 'string' }, splits: { type: 'string' }, 'cal-frac': { type: 'string' }, control: { type: 'string' },
  delta: { type: 'string' }, svg: { type: 'string' }, calibration: { type: 'string' }, seed: { type: 'string' }, cache: { type: 'string' }, 'include-training': { type: 'boolean' },
};

export const CALIBRATED_EVAL_HELP = `
Calibrated methods (the paper's evaluation):
  --method M         crc, ucb, evaluator-anytime, evaluator-pac or all (comma-separated list too):
                     random calibration/test splits by group (the same snippet, pair, prompt or
                     behaviour never on both sides); per method and ε the realized false-alarm rate,
                     power, delay and onset delay on the test side, as mean and 10–90% band
  --epsilon LIST     ε values, comma-separated (default 0.05,0.1,0.2)
  --splits N         random splits (default 10)
  --cal-frac F       share of groups on the calibration side (default 0.2)
  --control C        false-alarm (default) or missed-detection (crc and ucb only)
  --delta D          δ for ucb and evaluator-pac (default ${DEFAULT_DELTA})
  --seed N           seed of the splits (default 1)
  --svg OUT.svg      draw false-alarm rate, power and delay against ε, one line per method
  --calibration FILE evaluate a fixed calibration file on every stream instead of splitting
  --cache DIR        keep replayed scores in DIR (see vigil calibrate --help)
  --include-training also use streams the shipped verifier was trained on (left out by default
                     when FILE is its training data)
  JSON: {"version":1,...,"results":[{"method","epsilon","control","falseAlarm":{"mean","q10","q90"},
        "power":{...},"delay":{...},"onsetDelay":{...},"byKind":{...},"bySource":{...}}]}
`;

/** Whether the call asks for the calibrated evaluation. */
export function calibratedEvalRequested(parsed: ParsedArgs): boolean {
  return ['method', 'calibration', 'svg', 'epsilon', 'splits', 'cal-frac'].some(k => parsed.values[k] !== undefined);
}

function methodsOption(value: string | undefined): CalibrationMethod[] {
  if (value === undefined || value === 'all') return [...CALIBRATION_METHODS];
  const list = value.split(',').map(s => s.trim()).filter(Boolean);
  for (const m of list) if (!(CALIBRATION_METHODS as readonly string[]).includes(m)) throw new UsageError(`eval: --method must be ${CALIBRATION_METHODS.join(', ')} or all, not '${m}'`);
  return list as CalibrationMethod[];
}

function epsilonsOption(value: string | undefined): number[] {
  if (value === undefined) return [0.05, 0.1, 0.2];
  return value.split(',').map(s => {
    const n = fractionOption('eval', s.trim(), 'epsilon');
    if (n === undefined) throw new UsageError(`eval: --epsilon must list numbers between 0 and 1, not '${value}'`);
    return n;
  });
}

const cell = (b: Band, digits = 3) => {
  if (b.mean === null) return '–';
  const [m, lo, hi] = [b.mean, b.q10!, b.q90!].map(v => v.toFixed(digits));
  return lo === hi && lo === m ? m : `${m} [${lo}–${hi}]`;
};

function rows(name: string, m: BandedMetrics): string {
  return `| ${name} | ${cell(m.falseAlarm)} | ${cell(m.power)} | ${cell(m.delay)} | ${cell(m.onsetDelay, 0)} |`;
}

export function splitMarkdown(results: readonly SplitResult[], heading: string, notes: readonly string[]): string {
  const out = [`## ${heading}`, '', ...notes.map(n => `${n}  `), ''];
  for (const r of results) {
    const t = r.method === 'crc' || r.method === 'ucb' ? 'λ' : 'e-value threshold';
    out.push(`### ${r.method}, ε = ${r.epsilon}${r.delta !== null ? `, δ = ${r.delta}` : ''} (${r.control} control; ${t} ${cell(r.threshold, 4)})`, '');
    if (r.failed) out.push(`${r.failed.count} of ${r.splits} splits could not be calibrated: ${r.failed.reason}`, '');
    out.push('| group | false-alarm rate | power | delay (share) | onset delay (chars) |', '|---|---:|---:|---:|---:|', rows('**overall**', r));
    for (const [k, m] of Object.entries(r.byKind)) out.push(rows(`kind: ${k}`, m));
    for (const [k, m] of Object.entries(r.bySource)) out.push(rows(`source: ${k}`, m));
    out.push('');
  }
  return out.join('\n');
}

export async function runCalibratedEval(parsed: ParsedArgs, ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const data = stringOption(parsed, 'data');
  if (!data) throw new UsageError('eval: --data FILE.jsonl is required');
  const chunk = positiveIntOption('eval', parsed, 'chunk', DEFAULT_CHUNK);
  const format = choiceOption('eval', parsed, 'format', ['json', 'markdown'] as const, 'markdown');
  const calibrationPath = stringOption(parsed, 'calibration');
  if (calibrationPath && parsed.values.method !== undefined) throw new UsageError('eval: --calibration evaluates one fixed calibration; leave out --method');
  const methods = methodsOption(stringOption(parsed, 'method'));
  const epsilons = epsilonsOption(stringOption(parsed, 'epsilon'));
  const control = choiceOption('eval', parsed, 'control', CONTROLS, 'false-alarm');
  const splits = positiveIntOption('eval', parsed, 'splits', 10);
  const calFrac = fractionOption('eval', stringOption(parsed, 'cal-frac'), 'cal-frac') ?? 0.2;
  const delta = fractionOption('eval', stringOption(parsed, 'delta'), 'delta') ?? DEFAULT_DELTA;
  const seed = positiveIntOption('eval', parsed, 'seed', 1);
  const svg = stringOption(parsed, 'svg');
  const perItem = stringOption(parsed, 'per-item');
  const cache = stringOption(parsed, 'cache');

  let calibration: CalibrationFile | undefined;
  if (calibrationPath) {
    try {
      calibration = readCalibrationFile(path.resolve(io.cwd, calibrationPath));
    } catch (e) {
      io.stderr.write(`vigil: eval: ${(e as Error).message}\n`);
      return EXIT_USAGE;
    }
  }
  const read = readLabelledFile(io, data, 'eval');
  if (!read) return EXIT_USAGE;
  const engine = await ctx.engine();
  if (calibration && calibration.verifierVersion !== engine.verifier.version) {
    io.stderr.write(`vigil: eval: ${calibrationPath} was made for verifier '${calibration.verifierVersion}', but the engine uses '${engine.verifier.version}'\n`);
    return EXIT_USAGE;
  }
  const notes: string[] = [];
  let streams = read.streams;
  if (!flag(parsed, 'include-training')) {
    const held = heldOutStreams(engine.verifier, read.dataHash, streams);
    streams = held.streams;
    if (held.note) notes.push(held.note);
  }
  const outcomes = scoreStreams(engine, streams, { chunk, progress: progressLine(io, 'vigil: eval'), ...(cache ? { cacheDir: path.resolve(io.cwd, cache) } : {}) });
  const results = calibration
    ? [evaluateCalibration(outcomes, calibration)]
    : evaluateSplits(outcomes, { methods, epsilons, control, splits, calFrac, delta, seed });
  notes.push(calibration
    ? `${outcomes.length} streams in chunks of ${chunk}; the fixed calibration ${path.basename(calibrationPath!)} (${calibration.method}, ε = ${calibration.epsilon}) applied to all.`
    : `${outcomes.length} streams in chunks of ${chunk}; ${splits} random splits by group, ${Math.round(calFrac * 100)}% of groups to calibrate, the rest to test; mean [10%–90%] across splits; verifier ${engine.verifier.version}.`);

  const writeFile = (file: string, content: string): boolean => {
    try {
      fs.writeFileSync(path.resolve(io.cwd, file), content);
      return true;
    } catch (e) {
      io.stderr.write(`vigil: eval: cannot write ${file}: ${(e as Error).message}\n`);
      return false;
    }
  };
  if (svg && !writeFile(svg, figureSvg(results, `Vigil eval: ${path.basename(data)} (${calibration ? 'fixed calibration' : `${splits} splits, ${control} control`})`))) return EXIT_USAGE;
  if (perItem) {
    const policy = calibration ? policyFromCalibration(calibration, engine.verifier, calibrationPath) : undefined;
    const lines = outcomes.map(o => JSON.stringify({ id: o.id, group: o.group, minSafety: o.minSafety, ...(policy ? { alarmOffset: policyAlarmOffset(policy, o.trajectory) } : {}) }));
    if (!writeFile(perItem, lines.map(l => `${l}\n`).join(''))) return EXIT_USAGE;
  }
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify({ version: 1, data: path.basename(data), chunk, streams: outcomes.length, ...(calibration ? { calibration: path.basename(calibrationPath!) } : { splits, calFrac, seed }), notes, results }, null, 2)}\n`);
  } else {
    io.stdout.write(splitMarkdown(results, `Vigil eval: ${path.basename(data)}`, notes));
  }
  return EXIT_OK;
}
