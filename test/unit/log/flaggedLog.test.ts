import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FlaggedLog, StreamRecord } from '../../../src/core';

function record(id: string, time: number, text = 'eval(x)'): StreamRecord {
  return {
    id, time, source: 'inline', kind: 'code', language: 'python', text, findings: [], trajectory: [[text.length, 0.1]],
    alarm: true, alarmOffset: text.length, minSafety: 0.1, threshold: 0.5, method: 'test', onset: 0,
  };
}

describe('flagged-items log', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-log-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps records, verdicts, overrides and deletions across a reload', () => {
    const log = new FlaggedLog(dir);
    log.add(record('a', 1));
    log.add(record('b', 2));
    log.add(record('c', 3));
    log.setVerdict('a', 'false-alarm');
    log.setVerdict('b', 'unsafe');
    log.setOverride('b');
    log.delete('c');
    log.close();
    const again = new FlaggedLog(dir);
    const report = again.load();
    assert.deepEqual(report, { records: 2, skipped: [] });
    assert.deepEqual(again.list().map(r => [r.id, r.verdict, r.override ?? false]), [['b', 'unsafe', true], ['a', 'false-alarm', false]]);
  });

  it('skips and reports a torn last line, keeping everything before it', () => {
    const log = new FlaggedLog(dir);
    log.add(record('a', 1));
    log.close();
    fs.appendFileSync(path.join(dir, 'flagged.jsonl'), '{"type":"record","record":{"id":"b","ti');
    const again = new FlaggedLog(dir);
    const report = again.load();
    assert.equal(report.records, 1);
    assert.equal(report.skipped.length, 1);
    assert.match(report.skipped[0].reason, /incomplete last line/);
    // Appending after a torn line starts a fresh line: the next record is readable.
    again.add(record('c', 3));
    again.close();
    const third = new FlaggedLog(dir);
    assert.equal(third.load().records, 2);
    assert.ok(third.get('c'), 'a record written after the torn line loads');
  });

  it('reports a damaged line in the middle and loads the rest', () => {
    fs.writeFileSync(path.join(dir, 'flagged.jsonl'), `${JSON.stringify({ type: 'record', record: record('a', 1) })}\nnot json\n${JSON.stringify({ type: 'record', record: record('b', 2) })}\n`);
    const log = new FlaggedLog(dir);
    const report = log.load();
    assert.equal(report.records, 2);
    assert.equal(report.skipped[0].line, 2);
  });

  it('stays bounded: when the file passes its limit, old records are dropped and the newest kept', () => {
    const log = new FlaggedLog(dir, 20_000);
    for (let i = 0; i < 100; i++) log.add(record(`r${i}`, i, 'x'.repeat(500)));
    log.setVerdict('r99', 'unsafe');
    log.close();
    assert.ok(fs.statSync(path.join(dir, 'flagged.jsonl')).size <= 20_000);
    const again = new FlaggedLog(dir);
    again.load();
    const ids = again.list().map(r => r.id);
    assert.equal(ids[0], 'r99');
    assert.equal(again.get('r99')?.verdict, 'unsafe');
    assert.ok(ids.length > 5 && ids.length < 100);
  });
});
