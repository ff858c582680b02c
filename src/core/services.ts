/**
 * The small services the engine is given rather than reaching for (STYLE.md #2): the CLI passes
 * console-backed ones, the extension passes its LogOutputChannel and VS Code storage.
 */

export interface Logger {
  trace(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string | Error): void;
}

export interface Clock {
  /** Wall-clock time in milliseconds since the epoch, for event timestamps. */
  now(): number;
  /** A monotonic high-resolution time in milliseconds, for budgets and latency. */
  monotonic(): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  monotonic: () => performance.now(),
};

export const silentLogger: Logger = {
  trace() {},
  info() {},
  warn() {},
  error() {},
};

/** A logger that writes warnings and errors to stderr, for the CLI. */
export function stderrLogger(verbose = false): Logger {
  const write = (level: string, message: string) => process.stderr.write(`vigil: ${level}${message}\n`);
  return {
    trace: message => verbose && write('', message),
    info: message => verbose && write('', message),
    warn: message => write('warning: ', message),
    error: message => write('error: ', message instanceof Error ? message.stack ?? message.message : message),
  };
}
