// The verifier weights and default calibration shipped with Vigil: `dist/calibration/` next to
// the bundle, or `src/models/` in the source tree (tests, running from source, and dist/ before
// the build copies them).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CalibrationFile, readCalibrationFile } from '../calibration/calibrationFile';
import { learnedVerifier, validateWeights, VerifierWeights } from './learnedVerifier';
import { Verifier } from '../monitor/verifier';

export const WEIGHTS_FILE = 'verifier.json';
export const DEFAULT_CALIBRATION_FILE = 'default-calibration.json';
/** Where the files live in the source tree, relative to the repository root. */
export const MODELS_DIR = path.join('src', 'models');

/** The path of a shipped model file, or undefined when there is none. */
export function findModelFile(name: string, baseDir: string = __dirname): string | undefined {
  const bundled = path.join(baseDir, 'calibration', name);
  if (fs.existsSync(bundled)) return bundled;
  let dir = baseDir;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, MODELS_DIR, name);
    if (fs.existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  return undefined;
}

export function readWeightsFile(file: string): VerifierWeights {
  return validateWeights(JSON.parse(fs.readFileSync(file, 'utf8')), file);
}

let cachedVerifier: Verifier | null | undefined;

/** The shipped learned verifier (read once per process), or null when no weights are shipped. */
export function shippedVerifier(baseDir: string = __dirname): Verifier | null {
  if (cachedVerifier !== undefined) return cachedVerifier;
  const file = findModelFile(WEIGHTS_FILE, baseDir);
  cachedVerifier = file ? learnedVerifier(readWeightsFile(file)) : null;
  return cachedVerifier;
}

/** The shipped default calibration, or null when none is shipped. */
export function shippedCalibration(baseDir: string = __dirname): { calibration: CalibrationFile; file: string } | null {
  const file = findModelFile(DEFAULT_CALIBRATION_FILE, baseDir);
  return file ? { calibration: readCalibrationFile(file), file } : null;
}
