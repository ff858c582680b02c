// The `vigil` command: bundled by esbuild.mjs to dist/cli.js (with a shebang).
import { Engine } from '../core';
import { createCliEngine } from './engine';
import { CliContext, CliIo } from './io';
import { runCli } from './run';

function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd() };
}

async function main(): Promise<void> {
  // A closed pipe (`vigil monitor | head -1`) is not an error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const io = processIo();
  let engine: Promise<Engine> | undefined;
  const ctx: CliContext = {
    io,
    engine: () => (engine ??= createCliEngine(io)),
    cliScript: process.argv[1],
  };
  try {
    process.exitCode = await runCli(process.argv.slice(2), ctx);
  } catch (e) {
    process.stderr.write(`vigil: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 2;
  }
}

void main();
