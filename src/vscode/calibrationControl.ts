import * as fs from 'node:fs';
import * as path from 'node:path';
import { CalibrationFile, calibrate, hashData, readCalibrationFile } from '../core/calibration';
import { StreamRecord } from '../core';
import { DEFAULT_CHUNK } from '../core/eval/replay';
import { VigilConfig } from './config';

/** What the monitor is calibrated with, as settings and storage determine it. */
export interface CalibrationChoice {
  /** Undefined: the shipped calibration. */
  calibration?: CalibrationFile;
  source: string;
  /** A fixed λ from `vigil.monitor.threshold` (no guarantee then). */
  threshold?: number;
}

/** The calibration in force: the configured file, else one recalibrated from the user's verdicts, else the shipped one. */
export function chooseCalibration(config: VigilConfig, recalibratedFile: string | undefined): CalibrationChoice {
  const m = config.monitor;
  if (m.threshold !== null) return { source: 'vigil.monitor.threshold', threshold: m.threshold };
  if (m.calibrationFile) return { calibration: readCalibrationFile(m.calibrationFile), source: m.calibrationFile };
  if (recalibratedFile && fs.existsSync(recalibratedFile)) return { calibration: readCalibrationFile(recalibratedFile), source: 'your verdicts' };
  return { source: 'the calibration shipped with Vigil' };
}

/** The guarantee in words, for the status bar tooltip: "false alarms ≤ 5% (CRC)". */
export function guaranteeInWords(calibration: CalibrationFile | undefined, threshold: number, fixed: boolean): string {
  if (fixed) return `fixed λ = ${threshold} (no guarantee)`;
  if (!calibration) return `default λ = ${threshold} (not calibrated)`;
  const what = calibration.control === 'false-alarm' ? 'false alarms' : 'missed detections';
  const pct = `${Number((calibration.epsilon * 100).toPrecision(3))}%`;
  switch (calibration.method) {
    case 'crc':
      return `${what} ≤ ${pct} on average, CRC (n = ${calibration.nSafe + calibration.nUnsafe})`;
    case 'ucb':
      return `${what} ≤ ${pct} with probability ≥ ${Math.round((1 - (calibration.delta ?? 0.1)) * 100)}%, UCB`;
    case 'evaluator-anytime':
      return `${what} ≤ ${pct}, E-valuator anytime`;
    case 'evaluator-pac':
      return `${what} ≤ ${pct} with probability ≥ ${Math.round((1 - (calibration.delta ?? 0.1)) * 100)}%, E-valuator PAC`;
  }
}

/**
 * Recalibrates from the user's verdicts: each reviewed item is a labelled stream (confirmed unsafe
 * → unsafe, false alarm → safe) with the s_t trajectory it was monitored with. Throws the
 * calibration's own clear error when there are too few verdicts for the requested ε.
 */
export function recalibrate(records: readonly StreamRecord[], config: VigilConfig, verifierVersion: string, target: string): CalibrationFile {
  const reviewed = records.filter(r => r.verdict);
  const streams = reviewed.map(r => ({ safeties: r.trajectory.map(([, s]) => s), unsafe: r.verdict === 'unsafe', group: r.id }));
  const data = JSON.stringify(reviewed.map(r => [r.id, r.verdict, r.text]));
  const { method, control, epsilon, delta } = config.monitor;
  const calibration = calibrate(streams, { method, control, epsilon, delta, verifierVersion, dataHash: hashData(data), data: 'review verdicts', chunk: DEFAULT_CHUNK, notes: [`${reviewed.length} reviewed items`] });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, JSON.stringify(calibration, null, 2));
  return calibration;
}
