// What the engine monitors with when the caller does not say: the shipped learned verifier and the
// shipped calibration (CRC, false-alarm control, ε = 0.05), else the rule verifier and λ = 0.5.
import { AlarmPolicy, thresholdPolicy } from '../monitor/alarmPolicy';
import { ruleVerifier, Verifier } from '../monitor/verifier';
import { shippedCalibration, shippedVerifier } from '../verifier/shipped';
import { policyFromCalibration } from './calibrate';
import { CalibrationFile } from './calibrationFile';

/** An alarm policy together with the calibration it came from, when it came from one. */
export type CalibratedPolicy = AlarmPolicy & { readonly calibration?: CalibrationFile };

export interface MonitorChoice {
  verifier?: Verifier;
  policy?: AlarmPolicy;
  /**
   * The calibration that sets the alarm policy. Undefined: the shipped one, when the verifier is the
   * shipped one (a verifier of your own gets λ = 0.5). Null: no calibration, λ = 0.5.
   */
  calibration?: CalibrationFile | null;
  /** Where the calibration came from, for error messages. */
  calibrationSource?: string;
}

/**
 * Resolves the verifier and the alarm policy. Throws CalibrationMismatchError when a given
 * calibration was made for another verifier version.
 */
export function resolveMonitor(choice: MonitorChoice, warn: (message: string) => void = () => undefined): { verifier: Verifier; policy: CalibratedPolicy } {
  let verifier = choice.verifier;
  if (!verifier) {
    try {
      verifier = shippedVerifier() ?? undefined;
    } catch (e) {
      warn(`the shipped verifier weights cannot be used (${(e as Error).message}); using the rule verifier`);
    }
  }
  const usingShipped = !choice.verifier && verifier !== undefined;
  verifier ??= ruleVerifier;
  if (choice.policy) return { verifier, policy: choice.policy };
  const withCalibration = (calibration: CalibrationFile, source: string): CalibratedPolicy => ({ ...policyFromCalibration(calibration, verifier, source), calibration });
  if (choice.calibration) return { verifier, policy: withCalibration(choice.calibration, choice.calibrationSource ?? 'the calibration') };
  if (choice.calibration === undefined && usingShipped) {
    // A stale shipped calibration (weights retrained, `npm run calibrate` not yet run) is refused
    // too, but with a warning rather than an error: the engine must still start.
    try {
      const shipped = shippedCalibration();
      if (shipped) return { verifier, policy: withCalibration(shipped.calibration, `the shipped calibration (${shipped.file})`) };
    } catch (e) {
      warn(`${(e as Error).message} Using λ = 0.5 meanwhile.`);
    }
  }
  return { verifier, policy: thresholdPolicy() };
}
