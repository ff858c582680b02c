import * as assert from 'node:assert/strict';
import { alarmOffsetAt, chunksOf, LabelledStream, replayAll, replayStream } from '../../../src/core/eval';
import { testEngine } from '../helpers/engine';

const UNSAFE: LabelledStream = { id: 'u', kind: 'code', language: 'python', text: 'import subprocess\nsubprocess.run(cmd, shell=True)\nprint("done")\n', label: 'unsafe', onset: 18, source: 't', extra: {} };
const SAFE: LabelledStream = { id: 's', kind: 'code', language: 'python', text: 'def add(a, b):\n    return a + b\n', label: 'safe', onset: null, source: 't', extra: {} };

describe('eval/replay', () => {
  it('chunks text without splitting surrogate pairs', () => {
    assert.deepEqual([...chunksOf('abcdefg', 3)], ['abc', 'def', 'g']);
    assert.deepEqual([...chunksOf('ab😀cd', 3)], ['ab😀', 'cd']);
    assert.deepEqual([...chunksOf('', 4)], []);
    assert.throws(() => [...chunksOf('x', 0)], RangeError);
  });

  it('replays a stream chunk by chunk and records where the alarm fired', async () => {
    const engine = await testEngine();
    const u = replayStream(engine, UNSAFE, { chunk: 4, keepTrajectory: true });
    assert.equal(u.label, 'unsafe');
    assert.equal(u.length, UNSAFE.text.length);
    assert.ok(u.alarmOffset !== null && u.alarmOffset > 18 && u.alarmOffset <= UNSAFE.text.length, `alarm at ${u.alarmOffset}`);
    assert.ok(u.ruleIds.includes('python.subprocess-shell-true'));
    assert.ok(u.minSafety < 0.5);
    assert.equal(alarmOffsetAt(u.trajectory!, engine.policy.threshold), u.alarmOffset);
    assert.equal(alarmOffsetAt(u.trajectory!, 0), null);
    const [s] = replayAll(engine, [SAFE], { chunk: 4 });
    assert.equal(s.alarmOffset, null);
    assert.equal(s.minSafety, 1);
    assert.equal(s.trajectory, undefined);
  });
});
