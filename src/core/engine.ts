import { CodeSegmentLimits, DEFAULT_LIMITS } from './analysis/codeSegment';
import { LANGUAGES, LanguageId, resolveLanguage, supportedLanguageList } from './languages';
import { defaultGrammarLocation, GrammarLocation, GrammarRegistry } from './parsing/grammars';
import { CalibrationFile } from './calibration/calibrationFile';
import { resolveMonitor } from './calibration/defaults';
import { AlarmPolicy, thresholdPolicy } from './monitor/alarmPolicy';
import { boundedContext, MonitorSession } from './monitor/session';
import { SessionOptions } from './monitor/types';
import { Verifier } from './monitor/verifier';
import { loadBuiltinRules } from './rules/loadFiles';
import { RuleSet } from './rules/ruleSet';
import { Clock, Logger, silentLogger, systemClock } from './services';

export interface EngineOptions {
  /** The rules in force; the built-in pack by default. */
  rules?: RuleSet;
  grammarLocation?: GrammarLocation;
  clock?: Clock;
  logger?: Logger;
  limits?: Partial<CodeSegmentLimits>;
  /** The verifier; by default the shipped learned verifier (the rule verifier when none is shipped). */
  verifier?: Verifier;
  /** The alarm policy; by default the one of `calibration`. */
  policy?: AlarmPolicy;
  /**
   * The calibration that sets λ (`vigil calibrate`). By default the shipped one, with the shipped
   * verifier; null: none (λ = 0.5). One made for another verifier version is refused (an error).
   */
  calibration?: CalibrationFile | null;
  /** Where `calibration` was read from, for error messages. */
  calibrationSource?: string;
}

/**
 * The monitoring engine: rules, grammars and services, shared by every session it creates.
 * Create once (it initialises tree-sitter), then one session per stream.
 */
export class Engine {
  private constructor(
    readonly rules: RuleSet,
    readonly grammars: GrammarRegistry,
    readonly clock: Clock,
    readonly logger: Logger,
    readonly limits: CodeSegmentLimits,
    readonly verifier: Verifier,
    readonly policy: AlarmPolicy,
  ) {}

  static async create(options: EngineOptions = {}): Promise<Engine> {
    const grammars = await GrammarRegistry.create(options.grammarLocation ?? defaultGrammarLocation());
    const rules = options.rules ?? loadBuiltinRules();
    const logger = options.logger ?? silentLogger;
    for (const problem of rules.problems) logger.warn(problem.message);
    const { verifier, policy } = resolveMonitor(options, message => logger.warn(message));
    return new Engine(
      rules, grammars, options.clock ?? systemClock, logger,
      { ...DEFAULT_LIMITS, ...options.limits },
      verifier,
      policy,
    );
  }

  /** A copy of this engine with other rules (same grammars and services). */
  withRules(rules: RuleSet): Engine {
    return new Engine(rules, this.grammars, this.clock, this.logger, this.limits, this.verifier, this.policy);
  }

  /** A copy of this engine with another verifier and/or alarm policy. */
  withMonitor(verifier: Verifier, policy: AlarmPolicy): Engine {
    return new Engine(this.rules, this.grammars, this.clock, this.logger, this.limits, verifier, policy);
  }

  /**
   * Starts monitoring one stream. A code stream in a language Vigil has no grammar for is still
   * monitored, by the rules that apply to any text, and says so in a notice event.
   */
  createSession(options: SessionOptions): MonitorSession {
    const notices: string[] = [];
    let language: LanguageId | undefined;
    if (options.kind === 'code') {
      language = resolveLanguage(options.language);
      if (!language) notices.push(options.language
        ? `no grammar for language '${options.language}' (supported: ${supportedLanguageList()}); checking with pattern rules only`
        : 'no language given for a code stream; checking with pattern rules only');
    } else if (options.kind !== 'chat') {
      throw new Error(`unknown stream kind '${String(options.kind)}' (expected code or chat)`);
    }
    const policy = options.threshold === undefined ? this.policy : thresholdPolicy(options.threshold);
    return new MonitorSession(options.kind, language, {
      rules: this.rules,
      grammars: this.grammars,
      clock: this.clock,
      limits: this.limits,
      verifier: this.verifier.start(options.kind),
      policy,
      overrides: options.ruleOverrides ?? {},
    }, options.kind === 'code' ? boundedContext(options.context) : '', notices);
  }

  /** Loads grammars ahead of use (they load lazily otherwise), e.g. before timing. */
  preload(languages: readonly LanguageId[] = Object.keys(LANGUAGES) as LanguageId[]): void {
    for (const l of languages) {
      this.grammars.get(l);
      this.rules.forLanguage(l, this.grammars);
    }
  }
}
