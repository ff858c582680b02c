import { parseArgs } from 'node:util';

/** A mistake in how the command was called; reported in one line with a pointer to --help, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/**
 * Parses a command's arguments strictly with node's util.parseArgs (`--help`/`-h` is added to
 * every command); unknown options and missing values become UsageErrors in plain words.
 */
export function parseCommandArgs(command: string, args: readonly string[], options: Record<string, OptionSpec>): ParsedArgs {
  try {
    const parsed = parseArgs({ args: [...args], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals };
  } catch (e) {
    const err = e as Error & { code?: string };
    const unknown = /Unknown option '([^']+)'/.exec(err.message);
    if (unknown) throw new UsageError(`${command}: unknown option '${unknown[1]}'`);
    const missing = /Option '(-\S+)(?:, (-\S+))?[^']*' argument missing/.exec(err.message);
    if (missing) throw new UsageError(`${command}: option '${missing[2] ?? missing[1]}' needs a value`);
    const noValue = /Option '(-\S+)[^']*' does not take an argument/.exec(err.message);
    if (noValue) throw new UsageError(`${command}: option '${noValue[1]}' does not take a value`);
    throw new UsageError(`${command}: ${err.message.split('\n')[0]}`);
  }
}

export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const v = parsed.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function flag(parsed: ParsedArgs, name: string): boolean {
  return parsed.values[name] === true;
}

/** An option whose value must be one of `allowed`. */
export function choiceOption<T extends string>(command: string, parsed: ParsedArgs, name: string, allowed: readonly T[], fallback: T): T;
export function choiceOption<T extends string>(command: string, parsed: ParsedArgs, name: string, allowed: readonly T[]): T | undefined;
export function choiceOption<T extends string>(command: string, parsed: ParsedArgs, name: string, allowed: readonly T[], fallback?: T): T | undefined {
  const v = stringOption(parsed, name);
  if (v === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`${command}: --${name} must be one of ${allowed.join(', ')}, not '${v}'`);
  return v as T;
}

/** A positive integer option (chunk sizes). */
export function positiveIntOption(command: string, parsed: ParsedArgs, name: string, fallback: number): number {
  const v = stringOption(parsed, name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v.trim()) || Number(v) < 1 || !Number.isSafeInteger(Number(v))) throw new UsageError(`${command}: --${name} must be a positive integer, not '${v}'`);
  return Number(v);
}
