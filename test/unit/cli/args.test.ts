import * as assert from 'node:assert/strict';
import { choiceOption, parseCommandArgs, positiveIntOption, UsageError } from '../../../src/cli/args';

describe('cli/args', () => {
  const spec = { format: { type: 'string' as const }, json: { type: 'boolean' as const } };

  it('parses options, positionals and a lone - (stdin)', () => {
    const p = parseCommandArgs('scan', ['--format', 'json', '-', 'a.py', '--json'], spec);
    assert.equal(p.values.format, 'json');
    assert.equal(p.values.json, true);
    assert.deepEqual(p.positionals, ['-', 'a.py']);
    assert.equal(parseCommandArgs('scan', ['-h'], spec).values.help, true);
  });

  it('turns parse errors into one-line usage errors', () => {
    assert.throws(() => parseCommandArgs('scan', ['--nope'], spec), (e: unknown) => e instanceof UsageError && e.message === "scan: unknown option '--nope'");
    assert.throws(() => parseCommandArgs('scan', ['--format'], spec), (e: unknown) => e instanceof UsageError && e.message === "scan: option '--format' needs a value");
    assert.throws(() => parseCommandArgs('scan', ['--json=1'], spec), (e: unknown) => e instanceof UsageError && /--json' does not take a value/.test(e.message));
  });

  it('checks choices and positive integers', () => {
    const p = parseCommandArgs('x', ['--format', 'yaml'], spec);
    assert.throws(() => choiceOption('x', p, 'format', ['json', 'text'] as const), /--format must be one of json, text, not 'yaml'/);
    assert.equal(choiceOption('x', parseCommandArgs('x', [], spec), 'format', ['json', 'text'] as const, 'text'), 'text');
    const n = (v: string) => positiveIntOption('x', parseCommandArgs('x', ['--format', v], spec), 'format', 16);
    assert.equal(n('8'), 8);
    for (const bad of ['0', '-1', '1.5', 'abc']) assert.throws(() => n(bad), UsageError);
  });
});
