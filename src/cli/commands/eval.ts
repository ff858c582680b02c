import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_THRESHOLD, Engine, ruleVerifier, thresholdPolicy } from '../../core';
import { DatasetError, LabelledStream, parseLabelledStreams } from '../../core/eval/dataset';
import { summaryMarkdown } from '../../core/eval/markdown';
import { EvalSummary, GroupMetrics, summarize } from '../../core/eval/metrics';
import { DEFAULT_CHUNK, replayAll, StreamOutcome } from '../../core/eval/replay';
import { choiceOption, parseCommandArgs, positiveIntOption, stringOption, UsageError } from '../args';
import { CliContext, Command, EXIT_OK, EXIT_USAGE } from '../io';
import { CALIBRATED_EVAL_HELP, CALIBRATED_EVAL_OPTIONS, calibratedEvalRequested, runCalibratedEval } from './evalCalibrated';

export const evalHelp = `Usage: vigil eval --data FILE.jsonl [--chunk N] [--per-item OUT.jsonl] [--format json|markdown]

Replays every labelled stream of FILE.jsonl through the monitor, chunk by chunk, and reports,
overall and per kind, source, language and source/language (code):
  false-alarm rate   safe streams that raised the alarm
  power              unsafe streams that raised the alarm
  delay              share of the stream already produced when the alarm fired (detected unsafe streams)
  onset delay        characters between the labelled onset and the alarm, where the onset is known

  --data FILE        one stream per line: {"id","kind":"code"|"chat","language","text",
                     "label":"safe"|"unsafe","onset":int|null,"source",...}
  --chunk N          characters per chunk (default ${DEFAULT_CHUNK})
  --per-item OUT     also write {"id","alarm","alarmOffset","minSafety"} per stream to OUT (JSONL)
  --format F         markdown (default) or json: {"version":1,"data","chunk","streams","results":
                     [{"method","threshold","falseAlarm","power","delay","onsetDelay",<counts>,
                     "byKind":{...},"bySource":{...},"byLanguage":{...},"bySourceLanguage":{...}}]}
${CALIBRATED_EVAL_HELP}
Exit status: 0 done, 2 usage error, a missing file or a bad line (named by its number).
`;

/**
 * One evaluation: how the alarm was decided, the overall metrics at the top level (falseAlarm,
 * power, delay, onsetDelay, counts), then per kind, source and language. Calibrated methods add
 * further entries of the same shape.
 */
export type EvalResult = {
  /** `threshold`: the engine's alarm policy as configured (s_t < λ). */
  method: string;
  threshold: number;
  description: string;
} & GroupMetrics & Omit<EvalSummary, 'overall'>;

/** `vigil eval --format json`. */
export interface EvalReport {
  version: 1;
  data: string;
  chunk: number;
  streams: number;
  results: EvalResult[];
}

export interface EvalRun {
  report: EvalReport;
  outcomes: StreamOutcome[];
}

/** Replays `streams` with the engine's own policy and summarises. */
export function evaluate(engine: Engine, streams: readonly LabelledStream[], options: { chunk: number; data: string }, progress?: (done: number, total: number) => void): EvalRun {
  const outcomes = replayAll(engine, streams, { chunk: options.chunk }, progress);
  const { overall, ...groups } = summarize(outcomes);
  const result: EvalResult = { method: 'threshold', threshold: engine.policy.threshold, description: engine.policy.description, ...overall, ...groups };
  return { report: { version: 1, data: options.data, chunk: options.chunk, streams: streams.length, results: [result] }, outcomes };
}

export function evalMarkdown(report: EvalReport): string {
  return report.results.map(({ byKind, bySource, byLanguage, bySourceLanguage, ...r }) => summaryMarkdown({ overall: r, byKind, bySource, byLanguage, bySourceLanguage }, `Vigil eval: ${report.data} (${r.method}, ${r.description})`, [
    `${report.streams} streams replayed in chunks of ${report.chunk} characters; verifier alarm when ${r.description}.`,
    'Delay: share of the stream produced when the alarm fired, over detected unsafe streams. Onset delay: characters after the labelled onset.',
  ])).join('\n');
}

/** One line per stream, in input order. */
export function perItemLines(outcomes: readonly StreamOutcome[]): string {
  return outcomes.map(o => `${JSON.stringify({ id: o.id, alarm: o.alarmOffset !== null, alarmOffset: o.alarmOffset, minSafety: o.minSafety })}\n`).join('');
}

export async function runEval(args: string[], ctx: CliContext): Promise<number> {
  const { io } = ctx;
  const parsed = parseCommandArgs('eval', args, { data: { type: 'string' }, chunk: { type: 'string' }, 'per-item': { type: 'string' }, format: { type: 'string' }, verifier: { type: 'string' }, threshold: { type: 'string' }, ...CALIBRATED_EVAL_OPTIONS });
  if (parsed.values.help) {
    io.stdout.write(evalHelp);
    return EXIT_OK;
  }
  if (parsed.positionals.length === 0 && calibratedEvalRequested(parsed)) return runCalibratedEval(parsed, ctx);
  if (parsed.positionals.length) throw new UsageError(`eval: unexpected argument '${parsed.positionals[0]}' (the data file goes after --data)`);
  const data = stringOption(parsed, 'data');
  if (!data) throw new UsageError('eval: --data FILE.jsonl is required');
  const chunk = positiveIntOption('eval', parsed, 'chunk', DEFAULT_CHUNK);
  const format = choiceOption('eval', parsed, 'format', ['json', 'markdown'] as const, 'markdown');
  const perItem = stringOption(parsed, 'per-item');

  let content: string;
  try {
    content = fs.readFileSync(path.resolve(io.cwd, data), 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    io.stderr.write(`vigil: eval: ${data}: ${err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : `cannot be read (${err.message})`}\n`);
    return EXIT_USAGE;
  }
  let streams: LabelledStream[];
  try {
    streams = parseLabelledStreams(content, data);
  } catch (e) {
    if (!(e instanceof DatasetError)) throw e;
    io.stderr.write(`vigil: eval: ${e.message}\n`);
    return EXIT_USAGE;
  }

  const verifier = choiceOption('eval', parsed, 'verifier', ['shipped', 'rules'] as const, 'shipped');
  const thresholdText = stringOption(parsed, 'threshold');
  const threshold = thresholdText === undefined ? undefined : Number(thresholdText);
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) throw new UsageError(`eval: --threshold must be a number from 0 to 1, not '${thresholdText}'`);
  let engine = await ctx.engine();
  // The rule verifier with a fixed λ (0.5 unless given) is the engine before calibration: s_t from the rules alone.
  if (verifier === 'rules') engine = engine.withMonitor(ruleVerifier, thresholdPolicy(threshold ?? DEFAULT_THRESHOLD));
  else if (threshold !== undefined) engine = engine.withMonitor(engine.verifier, thresholdPolicy(threshold));
  const tty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  let lastShown = 0;
  const progress = tty
    ? (done: number, total: number) => {
      const now = Date.now();
      if (now - lastShown < 250 && done < total) return;
      lastShown = now;
      io.stderr.write(`\rvigil: eval: ${done}/${total} streams${done === total ? '\n' : ''}`);
    }
    : undefined;
  const { report, outcomes } = evaluate(engine, streams, { chunk, data }, progress);

  if (perItem) {
    try {
      fs.writeFileSync(path.resolve(io.cwd, perItem), perItemLines(outcomes));
    } catch (e) {
      io.stderr.write(`vigil: eval: cannot write ${perItem}: ${(e as Error).message}\n`);
      return EXIT_USAGE;
    }
  }
  io.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : evalMarkdown(report));
  return EXIT_OK;
}

export const evalCommand: Command = {
  name: 'eval',
  summary: 'replay labelled streams (JSONL); false-alarm rate, power and delays',
  help: evalHelp,
  run: runEval,
};
