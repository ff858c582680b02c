import * as fs from 'node:fs';
import * as path from 'node:path';
import { calibrate, DEFAULT_DELTA } from '../../core/calibration/calibrate';
import { CALIBRATION_METHODS, formatCalibration, hashData } from '../../core/calibration/calibrationFile';
import { CalibrationSizeError, CONTROLS } from '../../core/calibration/riskControl';
import { DatasetError, LabelledStream, parseLabelledStreams } from '../../core/eval/dataset';
import { DEFAULT_CHUNK } from '../../core/eval/replay';
import { heldOutStreams, rulesDigest, scoreStreams } from '../../core/eval/trajectories';
import { choiceOption, flag, parseCommandArgs, positiveIntOption, stringOption, UsageError } from '../args';
import { CliContext, CliIo, Command, EXIT_OK, EXIT_USAGE } from '../io';

export const calibrateHelp = `Usage: vigil calibrate --data FILE.jsonl --method crc|ucb|evaluator-anytime|evaluator-pac
                       --control false-alarm|missed-detection --epsilon E [--delta D] --out FILE.json

Replays labelled streams (the format of 'vigil eval') through the verifier and chooses the alarm
threshold λ (alarm at the first chunk with s_t < λ) from each stream's running minimum of s_t:

  crc                conformal risk control: the expected rate is at most ε
                     (false alarms: the largest λ with (#safe alarmed + 1)/(n_safe + 1) ≤ ε)
  ucb                Hoeffding-Bentkus upper confidence bound: the rate is at most ε with
                     probability ≥ 1 − δ (the most powerful λ whose p-value is ≤ δ)
  evaluator-anytime  E-valuator baseline: e-process of density ratios, alarm at M_t ≥ 1/ε
  evaluator-pac      E-valuator baseline: threshold from a binomial tolerance bound (uses δ)

  --data FILE        labelled streams, one JSON object per line
  --method M         see above
  --control C        false-alarm (default) or missed-detection (crc and ucb only)
  --epsilon E        the bound on the controlled rate, in (0, 1)
  --delta D          for ucb and evaluator-pac (default ${DEFAULT_DELTA})
  --chunk N          characters per chunk when replaying (default ${DEFAULT_CHUNK})
  --out FILE         where to write the calibration (JSON); point vigil.monitor.calibrationFile at it
  --cache DIR        keep the replayed scores in DIR: calibrating or evaluating the same data
                     again with the same verifier and rules does not replay
  --include-training also use streams the shipped verifier was trained on (when FILE is its
                     training data they are left out by default: their scores are optimistic)

Too few calibration streams for ε (CRC needs n ≥ 1/ε − 1 of the controlled label, UCB and PAC
n ≥ ln δ / ln(1 − ε)) is an error naming the minimum. Exit status: 0 written, 2 usage or data error.
`;

/** Reads and parses a labelled-stream file; writes the error and returns undefined when it cannot. */
export function readLabelledFile(io: CliIo, file: string, command: string): { streams: LabelledStream[]; dataHash: string } | undefined {
  let content: Buffer;
  try {
    content = fs.readFileSync(path.resolve(io.cwd, file));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    io.stderr.write(`vigil: ${command}: ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : `cannot be read (${err.message})`}\n`);
    return undefined;
  }
  try {
    return { streams: parseLabelledStreams(content.toString('utf8'), file), dataHash: hashData(content) };
  } catch (e) {
    if (!(e instanceof DatasetError)) throw e;
    io.stderr.write(`vigil: ${command}: ${e.message}\n`);
    return undefined;
  }
}

/** A number option in (0, 1). */
export function fractionOption(command: string, value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!value.trim() || !(n > 0 && n < 1)) throw new UsageError(`${command}: --${name} must be a number between 0 and 1 (exclusive), not '${value}'`);
  return n;
}

/** A progress line on a terminal's stderr, at most every 250 ms. */
export function progressLine(io: CliIo, label: string): ((done: number, total: number) => void) | undefined {
  if ((io.stderr as { isTTY?: boolean }).isTTY !== true) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (now - last < 250 && done < total) return;
    last = now;
    io.stderr.write(`\r${label}: ${done}/${total} streams${done === total ? '\n' : ''}`);
  };
}

export async function runCalibrate(args: string[], ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const parsed = parseCommandArgs('calibrate', args, {
    data: { type: 'string' }, method: { type: 'string' }, control: { type: 'string' }, epsilon: { type: 'string' }, delta: { type: 'string' },
    chunk: { type: 'string' }, out: { type: 'string' }, 'include-training': { type: 'boolean' }, seed: { type: 'string' }, cache: { type: 'string' },
  });
  if (parsed.values.help) {
    io.stdout.write(calibrateHelp);
    return EXIT_OK;
  }
  if (parsed.positionals.length) throw new UsageError(`calibrate: unexpected argument '${parsed.positionals[0]}'`);
  const data = stringOption(parsed, 'data');
  if (!data) throw new UsageError('calibrate: --data FILE.jsonl is required');
  const method = choiceOption('calibrate', parsed, 'method', CALIBRATION_METHODS);
  if (!method) throw new UsageError(`calibrate: --method is required (${CALIBRATION_METHODS.join(', ')})`);
  const control = choiceOption('calibrate', parsed, 'control', CONTROLS, 'false-alarm');
  const epsilon = fractionOption('calibrate', stringOption(parsed, 'epsilon'), 'epsilon');
  if (epsilon === undefined) throw new UsageError('calibrate: --epsilon E is required (e.g. 0.05)');
  const delta = fractionOption('calibrate', stringOption(parsed, 'delta'), 'delta');
  if (delta !== undefined && (method === 'crc' || method === 'evaluator-anytime')) throw new UsageError(`calibrate: --delta applies to ucb and evaluator-pac, not ${method}`);
  if (control !== 'false-alarm' && method.startsWith('evaluator')) throw new UsageError('calibrate: E-valuator controls false alarms only (--control false-alarm)');
  const out = stringOption(parsed, 'out');
  if (!out) throw new UsageError('calibrate: --out FILE.json is required');
  const chunk = positiveIntOption('calibrate', parsed, 'chunk', DEFAULT_CHUNK);
  const seed = positiveIntOption('calibrate', parsed, 'seed', 1);

  const read = readLabelledFile(io, data, 'calibrate');
  if (!read) return EXIT_USAGE;
  const engine = await ctx.engine();
  const notes: string[] = [];
  let streams = read.streams;
  if (!flag(parsed, 'include-training')) {
    const held = heldOutStreams(engine.verifier, read.dataHash, streams);
    streams = held.streams;
    if (held.note) {
      notes.push(held.note);
      io.stderr.write(`vigil: calibrate: ${held.note}\n`);
    }
  }
  const cache = stringOption(parsed, 'cache');
  const scored = scoreStreams(engine, streams, { chunk, progress: progressLine(io, 'vigil: calibrate'), ...(cache ? { cacheDir: path.resolve(io.cwd, cache) } : {}) });
  let calibration;
  try {
    calibration = calibrate(scored.map(o => ({ safeties: o.trajectory.map(p => p.safety), unsafe: o.label === 'unsafe', group: o.group })), {
      method, control, epsilon, ...(delta !== undefined ? { delta } : {}), seed,
      verifierVersion: engine.verifier.version, dataHash: read.dataHash, data: path.basename(data), chunk, rulesDigest: rulesDigest(engine), notes,
    });
  } catch (e) {
    if (e instanceof CalibrationSizeError || /E-valuator|needs safe and unsafe/.test((e as Error).message)) {
      io.stderr.write(`vigil: calibrate: ${(e as Error).message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
  try {
    fs.writeFileSync(path.resolve(io.cwd, out), formatCalibration(calibration));
  } catch (e) {
    io.stderr.write(`vigil: calibrate: cannot write ${out}: ${(e as Error).message}\n`);
    return EXIT_USAGE;
  }
  const threshold = calibration.lambda !== null ? `λ = ${calibration.lambda}` : `e-value threshold ${calibration.evaluator!.threshold.toPrecision(4)}`;
  const pct = (v: number | null) => (v === null ? '–' : `${(v * 100).toFixed(1)}%`);
  io.stdout.write(`${threshold} (${method}, ${control}, ε = ${epsilon}${calibration.delta !== null ? `, δ = ${calibration.delta}` : ''}) from ${calibration.nSafe} safe and ${calibration.nUnsafe} unsafe streams; on them: false alarms ${pct(calibration.empirical.falseAlarm)}, power ${pct(calibration.empirical.power)}; verifier ${calibration.verifierVersion}; wrote ${out}\n`);
  return EXIT_OK;
}

export const calibrateCommand: Command = {
  name: 'calibrate',
  summary: 'choose the alarm threshold from labelled streams (CRC, UCB, E-valuator)',
  help: calibrateHelp,
  run: runCalibrate,
};
