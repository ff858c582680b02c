import * as vscode from 'vscode';
import { isLanguageId, LANGUAGE_IDS, RuleOverrides, Severity } from '../core';

/** Typed view of the `vigil.*` settings, read once per change (STYLE.md #6). */
export interface VigilConfig {
  enable: boolean;
  /** Tree-sitter languages monitored; code in other languages gets the pattern rules only. */
  languages: ReadonlySet<string>;
  rules: RuleOverrides;
  customRules: readonly unknown[];
  capture: {
    acceptKeys: boolean;
    largeInsertions: boolean;
    minCharacters: number;
    minLines: number;
  };
  monitor: {
    method: 'crc' | 'ucb' | 'evaluator-anytime' | 'evaluator-pac';
    control: 'false-alarm' | 'missed-detection';
    epsilon: number;
    delta: number;
    calibrationFile: string;
    threshold: number | null;
  };
}

export interface ConfigProblem {
  setting: string;
  message: string;
}

const SEVERITIES: readonly string[] = ['off', 'info', 'warning', 'error'];

/**
 * Reads the settings for a resource (rule choices are resource-scoped), replacing each bad value
 * by its default and describing the problem, so one bad value never disables the rest.
 */
export function readConfig(scope?: vscode.ConfigurationScope): { config: VigilConfig; problems: ConfigProblem[] } {
  const c = vscode.workspace.getConfiguration('vigil', scope);
  const problems: ConfigProblem[] = [];
  const bad = (setting: string, message: string) => problems.push({ setting: `vigil.${setting}`, message });

  const bool = (key: string, fallback: boolean) => {
    const v = c.get<unknown>(key, fallback);
    if (typeof v === 'boolean') return v;
    bad(key, `must be true or false; using ${fallback}`);
    return fallback;
  };
  const num = (key: string, fallback: number, min: number, max: number) => {
    const v = c.get<unknown>(key, fallback);
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) return v;
    bad(key, `must be a number from ${min} to ${max}; using ${fallback}`);
    return fallback;
  };
  const choice = <T extends string>(key: string, options: readonly T[], fallback: T): T => {
    const v = c.get<unknown>(key, fallback);
    if (typeof v === 'string' && (options as readonly string[]).includes(v)) return v as T;
    bad(key, `must be one of ${options.join(', ')}; using ${fallback}`);
    return fallback;
  };

  const rawLanguages = c.get<unknown>('languages', LANGUAGE_IDS);
  let languages = new Set<string>(LANGUAGE_IDS);
  if (Array.isArray(rawLanguages)) {
    const unknown = rawLanguages.filter(l => typeof l !== 'string' || !isLanguageId(l));
    if (unknown.length) bad('languages', `unknown language${unknown.length > 1 ? 's' : ''} ${unknown.map(String).join(', ')} ignored (known: ${LANGUAGE_IDS.join(', ')})`);
    languages = new Set(rawLanguages.filter((l): l is string => typeof l === 'string' && isLanguageId(l)));
  } else bad('languages', 'must be a list of language ids; monitoring all');

  const rules: Record<string, 'off' | Severity> = {};
  const rawRules = c.get<unknown>('rules', {});
  if (rawRules && typeof rawRules === 'object' && !Array.isArray(rawRules)) {
    for (const [id, level] of Object.entries(rawRules)) {
      if (typeof level === 'string' && SEVERITIES.includes(level)) rules[id] = level as 'off' | Severity;
      else bad('rules', `rule '${id}': '${String(level)}' is not one of ${SEVERITIES.join(', ')}; ignored`);
    }
  } else bad('rules', 'must be an object mapping rule ids to off, info, warning or error; ignored');

  const rawCustom = c.get<unknown>('customRules', []);
  const customRules = Array.isArray(rawCustom) ? rawCustom : (bad('customRules', 'must be a list of rule objects; ignored'), []);

  const thresholdRaw = c.get<unknown>('monitor.threshold', null);
  let threshold: number | null = null;
  if (thresholdRaw !== null && thresholdRaw !== undefined) {
    if (typeof thresholdRaw === 'number' && thresholdRaw >= 0 && thresholdRaw <= 1) threshold = thresholdRaw;
    else bad('monitor.threshold', 'must be a number from 0 to 1 or null; using the calibrated threshold');
  }

  return {
    config: {
      enable: bool('enable', true),
      languages,
      rules,
      customRules,
      capture: {
        acceptKeys: bool('capture.acceptKeys', true),
        largeInsertions: bool('capture.largeInsertions', true),
        minCharacters: num('capture.minCharacters', 80, 1, 1_000_000),
        minLines: num('capture.minLines', 3, 1, 100_000),
      },
      monitor: {
        method: choice('monitor.method', ['crc', 'ucb', 'evaluator-anytime', 'evaluator-pac'] as const, 'crc'),
        control: choice('monitor.control', ['false-alarm', 'missed-detection'] as const, 'false-alarm'),
        epsilon: num('monitor.epsilon', 0.05, 0.001, 0.5),
        delta: num('monitor.delta', 0.1, 0.001, 0.5),
        calibrationFile: (() => {
          const v = c.get<unknown>('monitor.calibrationFile', '');
          if (typeof v === 'string') return v;
          bad('monitor.calibrationFile', 'must be a path; using the shipped calibration');
          return '';
        })(),
        threshold,
      },
    },
    problems,
  };
}
