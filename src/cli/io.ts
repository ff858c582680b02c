import { Engine } from '../core';

/** Where a command reads and writes: the process's streams, or buffers in tests. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Standard input as it arrives. */
  stdin: AsyncIterable<Buffer | string>;
  /** The directory relative paths are resolved against. */
  cwd: string;
}

/** What every command is given. */
export interface CliContext {
  io: CliIo;
  /** The engine, created on first use (tree-sitter initialises once per process). */
  engine(): Promise<Engine>;
  /** The script that runs the CLI (dist/cli.js), for commands that start it again in a child process. */
  cliScript?: string;
}

/** A command of the `vigil` tool: one file per command under src/cli/commands. */
export interface Command {
  name: string;
  /** One line for `vigil --help`. */
  summary: string;
  /** The full text of `vigil <name> --help`. */
  help: string;
  /** Runs the command; resolves to the exit code. */
  run(args: string[], ctx: CliContext): Promise<number>;
}

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
export const EXIT_ALARM = 1;
export const EXIT_USAGE = 2;
