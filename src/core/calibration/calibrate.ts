// From scored calibration streams to a threshold (and back to an alarm policy).
import { fitEvaluatorModel, maxEValue } from '../evaluator/model';
import { anytimeThreshold, evaluatorPolicy, pacThreshold } from '../evaluator/policy';
import { AlarmPolicy, thresholdPolicy } from '../monitor/alarmPolicy';
import { Verifier } from '../monitor/verifier';
import { CALIBRATION_FORMAT, CalibrationFile, CalibrationMethod, CalibrationMismatchError } from './calibrationFile';
import { seededRandom, splitByGroup } from './groups';
import { Control, crcThreshold, ucbThreshold } from './riskControl';

/** One calibration stream: s_t after every chunk (the verifier's trajectory), label and group. */
export interface CalibrationStream {
  safeties: readonly number[];
  unsafe: boolean;
  /** Streams of one group stay together when E-valuator PAC splits its data. */
  group: string;
}

export interface CalibrateOptions {
  method: CalibrationMethod;
  control: Control;
  epsilon: number;
  /** For ucb and evaluator-pac (default 0.1). */
  delta?: number;
  /** Seed of E-valuator PAC's model/threshold split. */
  seed?: number;
}

/** The threshold part of a calibration (what an evaluation needs per split). */
export type Threshold = Pick<CalibrationFile, 'method' | 'control' | 'epsilon' | 'delta' | 'lambda' | 'evaluator' | 'nSafe' | 'nUnsafe'>;

export const DEFAULT_DELTA = 0.1;

const minOf = (xs: readonly number[]) => xs.reduce((a, b) => Math.min(a, b), 1);

/** Chooses λ (or the E-valuator threshold) on calibration streams; throws CalibrationSizeError when there are too few. */
export function chooseThreshold(streams: readonly CalibrationStream[], options: CalibrateOptions): Threshold {
  const { method, control, epsilon } = options;
  const nUnsafe = streams.filter(s => s.unsafe).length;
  const nSafe = streams.length - nUnsafe;
  const base = { method, control, epsilon, nSafe, nUnsafe };
  const scored = () => streams.map(s => ({ minSafety: minOf(s.safeties), unsafe: s.unsafe }));
  switch (method) {
    case 'crc':
      return { ...base, delta: null, lambda: crcThreshold(scored(), control, epsilon).lambda };
    case 'ucb': {
      const delta = options.delta ?? DEFAULT_DELTA;
      return { ...base, delta, lambda: ucbThreshold(scored(), control, epsilon, delta).lambda };
    }
    case 'evaluator-anytime': {
      if (control !== 'false-alarm') throw new Error('E-valuator controls false alarms only: use --control false-alarm');
      return { ...base, delta: null, lambda: null, evaluator: { threshold: anytimeThreshold(epsilon), model: fitEvaluatorModel(streams) } };
    }
    case 'evaluator-pac': {
      if (control !== 'false-alarm') throw new Error('E-valuator controls false alarms only: use --control false-alarm');
      const delta = options.delta ?? DEFAULT_DELTA;
      // Half of the groups fit the density-ratio model, the other half set the threshold.
      const [fitIdx, thrIdx] = splitByGroup(streams.map(s => s.group), 0.5, seededRandom(options.seed ?? 1));
      const model = fitEvaluatorModel(fitIdx.map(i => streams[i]));
      const maxima = thrIdx.filter(i => !streams[i].unsafe).map(i => maxEValue(model, streams[i].safeties));
      return { ...base, delta, lambda: null, evaluator: { threshold: pacThreshold(maxima, epsilon, delta), model } };
    }
  }
}

/** A complete calibration file for `streams`, scored by `verifierVersion`. */
export function calibrate(streams: readonly CalibrationStream[], options: CalibrateOptions & { verifierVersion: string; dataHash: string; data: string; chunk: number; rulesDigest?: string; notes?: string[] }): CalibrationFile {
  const t = chooseThreshold(streams, options);
  const policy = policyFromThreshold(t);
  let falseAlarms = 0;
  let detected = 0;
  for (const s of streams) {
    const run = policy.start();
    const alarmed = s.safeties.some(v => run.update(v));
    if (alarmed && s.unsafe) detected++;
    if (alarmed && !s.unsafe) falseAlarms++;
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return {
    format: CALIBRATION_FORMAT,
    version: 1,
    method: t.method,
    control: t.control,
    epsilon: t.epsilon,
    delta: t.delta,
    lambda: t.lambda,
    ...(t.evaluator ? { evaluator: t.evaluator } : {}),
    nSafe: t.nSafe,
    nUnsafe: t.nUnsafe,
    dataHash: options.dataHash,
    data: options.data,
    verifierVersion: options.verifierVersion,
    chunk: options.chunk,
    ...(options.rulesDigest ? { rulesDigest: options.rulesDigest } : {}),
    empirical: { falseAlarm: t.nSafe ? round(falseAlarms / t.nSafe) : null, power: t.nUnsafe ? round(detected / t.nUnsafe) : null },
    createdAt: new Date().toISOString(),
    ...(options.notes?.length ? { notes: options.notes } : {}),
  };
}

/** The alarm policy a threshold stands for. */
export function policyFromThreshold(t: Pick<Threshold, 'method' | 'lambda' | 'evaluator' | 'epsilon' | 'control' | 'delta'>): AlarmPolicy {
  if (t.method === 'crc' || t.method === 'ucb') {
    const p = thresholdPolicy(t.lambda!);
    const guarantee = t.method === 'crc' ? `expected ${t.control} rate ≤ ${t.epsilon}` : `${t.control} rate ≤ ${t.epsilon} with probability ≥ ${1 - (t.delta ?? DEFAULT_DELTA)}`;
    return { ...p, description: `s_t < ${Number(t.lambda!.toPrecision(6))} (${t.method.toUpperCase()}, ${guarantee})` };
  }
  return evaluatorPolicy(t.evaluator!.model, t.evaluator!.threshold, t.method === 'evaluator-anytime' ? 'anytime' : 'pac');
}

/** The alarm policy of a calibration file, refusing one made for another verifier. */
export function policyFromCalibration(c: CalibrationFile, verifier: Verifier, source = 'the calibration'): AlarmPolicy {
  if (c.verifierVersion !== verifier.version) throw new CalibrationMismatchError(c.verifierVersion, verifier.version, source);
  return policyFromThreshold(c);
}
