import { Engine } from '../../core';
import { gateBenchSection } from './gate';
import { proxyBenchSection } from './proxy';
import { BenchStreamSpec } from './samples';
import { verifierBenchSection } from './verifier';

/** What a bench section is given. */
export interface BenchContext {
  engine: Engine;
  streams: readonly BenchStreamSpec[];
  /** Characters per chunk (4). */
  chunk: number;
  /** The CLI script, for sections that time a child process; undefined when not running from it. */
  cliScript?: string;
  /** A progress line on stderr. */
  progress(message: string): void;
}

/**
 * A further part of `vigil bench`, measured after the engine figures: its result goes under
 * `key` in the JSON (e.g. "gate", "proxy") and its lines into the text report. Later features
 * add theirs to BENCH_SECTIONS.
 */
export interface BenchSection {
  key: string;
  run(ctx: BenchContext): Promise<unknown>;
  text(result: unknown): string[];
}

export const BENCH_SECTIONS: BenchSection[] = [gateBenchSection, proxyBenchSection, verifierBenchSection];
