import * as assert from 'node:assert/strict';
import { ChunkFeeder, monitorStream } from '../../../src/cli/commands/monitor';
import { runCli } from '../../../src/cli/run';
import { MonitorEvent, MonitorSession } from '../../../src/core';
import { memoryIo, SAFE_PY, testContext, UNSAFE_PY } from './helpers';

/** A stand-in session that records the chunks it is given. */
function recorder(): { session: MonitorSession; chunks: string[] } {
  const chunks: string[] = [];
  const session = { push: (c: string) => (chunks.push(c), []), end: () => [] } as unknown as MonitorSession;
  return { session, chunks };
}

const events = (out: string) => out.trim().split('\n').map(l => JSON.parse(l) as MonitorEvent);

describe('cli/monitor', () => {
  it('feeds chunks of N as data arrives and the rest at the end', () => {
    const { session, chunks } = recorder();
    const feeder = new ChunkFeeder(session, 4, () => undefined);
    feeder.write('ab');
    assert.deepEqual(chunks, []);
    feeder.write('cdefghij');
    assert.deepEqual(chunks, ['abcd', 'efgh']);
    feeder.end();
    assert.deepEqual(chunks, ['abcd', 'efgh', 'ij']);
  });

  it('never splits a surrogate pair', () => {
    const { session, chunks } = recorder();
    const feeder = new ChunkFeeder(session, 2, () => undefined);
    feeder.write('a\ud83d');
    assert.deepEqual(chunks, []);
    feeder.write('\ude00bc');
    feeder.end();
    assert.deepEqual(chunks, ['a😀', 'bc']);
  });

  it('prints one JSON event per line, ending with the end event', async () => {
    const io = memoryIo([UNSAFE_PY.slice(0, 30), UNSAFE_PY.slice(30)]);
    const code = await runCli(['monitor', '--kind', 'code', '--language', 'python', '--chunk', '8'], testContext(io));
    assert.equal(code, 1);
    const list = events(io.out());
    const end = list[list.length - 1];
    assert.equal(end.type, 'end');
    assert.ok(end.type === 'end' && end.alarm === true && typeof end.alarmOffset === 'number' && typeof end.minSafety === 'number');
    assert.ok(list.some(e => e.type === 'finding' && e.finding.ruleId === 'python.subprocess-shell-true'));
    const alarm = list.find(e => e.type === 'alarm');
    assert.ok(alarm && end.type === 'end' && alarm.offset === end.alarmOffset);
    // A signal after every chunk: ceil(len / 8) chunks, plus the one at the end.
    assert.equal(list.filter(e => e.type === 'signal').length, Math.ceil(UNSAFE_PY.length / 8) + 1);
  });

  it('exits 0 on a safe stream and decodes UTF-8 split across reads', async () => {
    const bytes = Buffer.from(`# café 😀\n${SAFE_PY}`);
    const io = memoryIo([bytes.subarray(0, 5), bytes.subarray(5, 9), bytes.subarray(9)]);
    const ctx = testContext(io);
    const session = await monitorStream(ctx, io.stdin, { kind: 'code', language: 'python', chunk: 3 });
    assert.equal(session.streamText, `# café 😀\n${SAFE_PY}`);
    assert.equal(session.alarmed, false);
    const end = events(io.out()).pop()!;
    assert.deepEqual(end.type === 'end' && [end.alarm, end.alarmOffset, end.minSafety], [false, null, 1]);
  });

  it('monitors chat answers and rejects an unknown language', async () => {
    let io = memoryIo('Sure.\n\n```python\n' + UNSAFE_PY + '```\n');
    assert.equal(await runCli(['monitor', '--kind', 'chat'], testContext(io)), 1);
    io = memoryIo('x');
    assert.equal(await runCli(['monitor', '--kind', 'code', '--language', 'klingon'], testContext(io)), 2);
    assert.match(io.err(), /^vigil: monitor: unknown language 'klingon'/);
  });
});
