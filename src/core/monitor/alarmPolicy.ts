/**
 * When to raise the alarm, given the sequence s_1, s_2, ... of one stream. The alarm is raised
 * at most once per stream and stays raised.
 */
export interface AlarmPolicy {
  /** λ, reported with signals and alarms (for policies without one, the value they compare against). */
  readonly threshold: number;
  /** In words, for tooltips and reports, e.g. "s_t < 0.5". */
  readonly description: string;
  start(): AlarmRun;
}

export interface AlarmRun {
  /** Sees s_t after a chunk; true when the alarm should fire now. */
  update(safety: number): boolean;
}

/** The documented default λ when no calibration is in use. */
export const DEFAULT_THRESHOLD = 0.5;

/** The paper's monitor: alarm at the first t with s_t < λ. */
export function thresholdPolicy(threshold: number = DEFAULT_THRESHOLD): AlarmPolicy {
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`threshold λ must be in [0, 1], got ${threshold}`);
  return {
    threshold,
    description: `s_t < ${threshold}`,
    start: () => ({ update: safety => safety < threshold }),
  };
}
