// The calibration file written by `vigil calibrate` and read by the engine: how λ (or the
// E-valuator threshold) was chosen, on what data, for which verifier.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { EvaluatorModel, validateEvaluatorModel } from '../evaluator/model';
import { Control, CONTROLS } from './riskControl';

export const CALIBRATION_FORMAT = 'vigil-calibration';

export type CalibrationMethod = 'crc' | 'ucb' | 'evaluator-anytime' | 'evaluator-pac';
export const CALIBRATION_METHODS: readonly CalibrationMethod[] = ['crc', 'ucb', 'evaluator-anytime', 'evaluator-pac'];

export interface CalibrationFile {
  format: typeof CALIBRATION_FORMAT;
  version: 1;
  method: CalibrationMethod;
  control: Control;
  epsilon: number;
  /** For ucb and evaluator-pac; null otherwise. */
  delta: number | null;
  /** The threshold on s_t (crc, ucb); null for E-valuator, which thresholds its e-value instead. */
  lambda: number | null;
  /** E-valuator only: the e-value threshold and the density-ratio model. */
  evaluator?: { threshold: number; model: EvaluatorModel };
  /** Calibration streams used, by label. */
  nSafe: number;
  nUnsafe: number;
  /** `sha256:<hex>` of the calibration data as read. */
  dataHash: string;
  /** The data file's name, for people. */
  data: string;
  /** The verifier the calibration is valid for (Verifier.version). */
  verifierVersion: string;
  /** Characters per chunk when the streams were replayed. */
  chunk: number;
  /** A digest of the rules in force when the streams were scored (informational: new rules shift s_t). */
  rulesDigest?: string;
  /** On the calibration streams at the chosen threshold. */
  empirical: { falseAlarm: number | null; power: number | null };
  createdAt: string;
  /** Free-form notes (e.g. streams left out because the verifier was trained on them). */
  notes?: string[];
}

/** A calibration made for another verifier: its λ means nothing for this one. */
export class CalibrationMismatchError extends Error {
  constructor(
    readonly calibrationVersion: string,
    readonly verifierVersion: string,
    source: string,
  ) {
    super(`${source} was made for verifier '${calibrationVersion}', but the engine uses verifier '${verifierVersion}': its threshold does not apply. Recalibrate with 'vigil calibrate' (or 'npm run calibrate' for the shipped one).`);
    this.name = 'CalibrationMismatchError';
  }
}

export function hashData(content: string | Buffer): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Checks a parsed calibration file and returns it typed; throws a plain-words error naming the field. */
export function validateCalibration(raw: unknown, source = 'calibration'): CalibrationFile {
  const fail = (detail: string): never => {
    throw new Error(`${source}: ${detail}`);
  };
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== CALIBRATION_FORMAT) fail(`not a Vigil calibration file (format '${CALIBRATION_FORMAT}')`);
  const c = raw as Record<string, unknown>;
  if (c.version !== 1) fail(`unsupported version ${JSON.stringify(c.version)} (expected 1)`);
  if (!CALIBRATION_METHODS.includes(c.method as CalibrationMethod)) fail(`'method' must be one of ${CALIBRATION_METHODS.join(', ')}`);
  if (!CONTROLS.includes(c.control as Control)) fail(`'control' must be one of ${CONTROLS.join(', ')}`);
  if (!isNum(c.epsilon) || c.epsilon <= 0 || c.epsilon >= 1) fail("'epsilon' must be a number in (0, 1)");
  if (c.delta !== null && (!isNum(c.delta) || c.delta <= 0 || c.delta >= 1)) fail("'delta' must be null or a number in (0, 1)");
  if (typeof c.verifierVersion !== 'string' || !c.verifierVersion) fail("'verifierVersion' is required");
  if (c.method === 'crc' || c.method === 'ucb') {
    if (!isNum(c.lambda) || c.lambda < 0 || c.lambda > 1) fail("'lambda' must be a number in [0, 1]");
  } else {
    const e = c.evaluator as { threshold?: unknown; model?: unknown } | undefined;
    if (!e || !isNum(e.threshold) || e.threshold <= 0) fail("'evaluator.threshold' must be a positive number");
    try {
      validateEvaluatorModel(e!.model);
    } catch (err) {
      fail((err as Error).message);
    }
  }
  for (const k of ['nSafe', 'nUnsafe', 'chunk'] as const) if (!Number.isInteger(c[k]) || (c[k] as number) < 0) fail(`'${k}' must be a non-negative integer`);
  return c as unknown as CalibrationFile;
}

export function readCalibrationFile(file: string): CalibrationFile {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(`${file}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${(e as Error).message})`}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
  }
  return validateCalibration(raw, file);
}

/** Pretty JSON with the fields in a stable order, a trailing newline. */
export function formatCalibration(c: CalibrationFile): string {
  return `${JSON.stringify(c, null, 2)}\n`;
}
