import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CliContext, CliIo } from '../../../src/cli/io';
import { testEngine } from '../helpers/engine';

export interface MemoryIo extends CliIo {
  out(): string;
  err(): string;
}

/** Buffers instead of the process's streams; stdin delivers `input` piece by piece. */
export function memoryIo(input: string | Buffer | readonly (string | Buffer)[] = '', cwd = process.cwd()): MemoryIo {
  let out = '';
  let err = '';
  const pieces = Array.isArray(input) ? input : [input];
  return {
    stdout: { write: (t: string) => (out += t) },
    stderr: { write: (t: string) => (err += t) },
    stdin: (async function* () {
      for (const p of pieces) if (p.length) yield typeof p === 'string' ? Buffer.from(p) : p;
    })(),
    cwd,
    out: () => out,
    err: () => err,
  };
}

export function testContext(io: CliIo): CliContext {
  return { io, engine: testEngine };
}

/** A fresh temporary directory holding `files`. */
export function tempDir(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-cli-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

export const UNSAFE_PY = 'import subprocess\n\ndef run(cmd):\n    return subprocess.run(cmd, shell=True)\n';
export const SAFE_PY = 'def add(a, b):\n    """Adds two numbers."""\n    return a + b\n';

/** The built CLI: $VIGIL_CLI, or dist/cli.js of this checkout (built by `npm test`). */
export function builtCli(): string {
  return process.env.VIGIL_CLI ?? path.resolve(__dirname, '../../../../dist/cli.js');
}
