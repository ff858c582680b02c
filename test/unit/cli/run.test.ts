import * as assert from 'node:assert/strict';
import { COMMANDS, runCli } from '../../../src/cli/run';
import { vigilVersion } from '../../../src/cli/version';
import { memoryIo, testContext } from './helpers';

describe('cli/run', () => {
  it('prints help and the version', async () => {
    let io = memoryIo();
    assert.equal(await runCli(['--help'], testContext(io)), 0);
    for (const c of COMMANDS) assert.match(io.out(), new RegExp(`^  ${c.name} `, 'm'));
    io = memoryIo();
    assert.equal(await runCli(['--version'], testContext(io)), 0);
    assert.equal(io.out(), `${vigilVersion()}\n`);
    assert.match(io.out(), /^\d+\.\d+\.\d+/);
    for (const c of COMMANDS) {
      io = memoryIo();
      assert.equal(await runCli([c.name, '--help'], testContext(io)), 0);
      assert.match(io.out(), new RegExp(`^Usage: vigil ${c.name}`));
      io = memoryIo();
      assert.equal(await runCli(['help', c.name], testContext(io)), 0);
      assert.match(io.out(), new RegExp(`^Usage: vigil ${c.name}`));
    }
  });

  it('exits 2 with one line on stderr for usage errors', async () => {
    const cases: [string[], RegExp][] = [
      [[], /^Usage: vigil <command>/],
      [['frobnicate'], /^vigil: unknown command 'frobnicate' \(commands: scan, monitor, eval, calibrate, bench, proxy\)\n$/],
      [['--frob'], /^vigil: unknown option '--frob'/],
      [['scan', '--frob', 'x'], /^vigil: scan: unknown option '--frob' \(try 'vigil scan --help'\)\n$/],
      [['monitor'], /^vigil: monitor: --kind code\|chat is required/],
      [['monitor', '--kind', 'code', '--chunk', '0'], /^vigil: monitor: --chunk must be a positive integer/],
      [['eval'], /^vigil: eval: --data FILE.jsonl is required/],
      [['bench', 'extra'], /^vigil: bench: unexpected argument 'extra'/],
    ];
    for (const [argv, message] of cases) {
      const io = memoryIo();
      assert.equal(await runCli(argv, testContext(io)), 2, argv.join(' '));
      assert.match(io.err(), message);
      assert.equal(io.out(), '');
    }
  });
});
