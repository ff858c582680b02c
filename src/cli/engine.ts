import { Engine, EngineOptions, Logger } from '../core';
import { CliIo } from './io';

/**
 * The engine for a CLI run. Warnings (e.g. a built-in rule that failed to load) go to stderr,
 * summarised to one line so that they never drown a command's output.
 */
export async function createCliEngine(io: CliIo, options: EngineOptions = {}): Promise<Engine> {
  const warnings: string[] = [];
  const logger: Logger = {
    trace() {},
    info() {},
    warn: message => warnings.push(message),
    error: message => io.stderr.write(`vigil: error: ${message instanceof Error ? message.message : message}\n`),
  };
  const engine = await Engine.create({ ...options, logger });
  if (warnings.length === 1) io.stderr.write(`vigil: warning: ${warnings[0]}\n`);
  else if (warnings.length > 1) io.stderr.write(`vigil: warning: ${warnings.length} rules were left out (first: ${warnings[0]})\n`);
  return engine;
}
