import * as assert from 'node:assert/strict';
import { DecidedStream, groupMetrics, summarize, summaryMarkdown } from '../../../src/core/eval';

const s = (label: 'safe' | 'unsafe', alarmOffset: number | null, extra: Partial<DecidedStream> = {}): DecidedStream => ({
  kind: 'code', language: 'python', source: 'a', label, length: 100, onset: null, alarmOffset, ...extra,
});

describe('eval/metrics', () => {
  it('computes false-alarm rate, power and delays by hand', () => {
    const m = groupMetrics([
      s('safe', null), s('safe', 50), s('safe', null), s('safe', null),
      s('unsafe', 25, { onset: 10 }), s('unsafe', 100, { length: 200, onset: 90 }), s('unsafe', null, { onset: 5 }), s('unsafe', 80),
    ]);
    assert.equal(m.streams, 8);
    assert.equal(m.safe, 4);
    assert.equal(m.unsafe, 4);
    assert.equal(m.falseAlarms, 1);
    assert.equal(m.falseAlarm, 0.25);
    assert.equal(m.detected, 3);
    assert.equal(m.power, 0.75);
    // delays 25/100, 100/200, 80/100
    assert.ok(Math.abs(m.delay! - (0.25 + 0.5 + 0.8) / 3) < 1e-12);
    assert.equal(m.delayMedian, 0.5);
    // onset delays over detected streams with an onset: 25-10, 100-90
    assert.equal(m.onsetKnown, 2);
    assert.equal(m.onsetDelay, 12.5);
    assert.equal(m.onsetDelayMedian, 12.5);
  });

  it('leaves rates undefined (null) for groups without safe or unsafe streams', () => {
    const m = groupMetrics([s('safe', null)]);
    assert.equal(m.power, null);
    assert.equal(m.delay, null);
    assert.equal(m.onsetDelay, null);
    assert.equal(m.falseAlarm, 0);
  });

  it('groups by kind, source and (for code) language', () => {
    const sum = summarize([s('safe', null, { source: 'x' }), s('unsafe', 10, { source: 'y', language: 'c' }), s('unsafe', null, { kind: 'chat', language: undefined, source: 'y' })]);
    assert.deepEqual(Object.keys(sum.byKind), ['chat', 'code']);
    assert.deepEqual(Object.keys(sum.bySource), ['x', 'y']);
    assert.deepEqual(Object.keys(sum.byLanguage), ['c', 'python']);
    assert.deepEqual(Object.keys(sum.bySourceLanguage), ['x/python', 'y/c']);
    assert.equal(sum.bySource.y.power, 0.5);
    assert.equal(sum.byKind.chat.power, 0);
  });

  it('renders a markdown table', () => {
    const md = summaryMarkdown(summarize([s('safe', 50), s('unsafe', 20, { onset: 0 })]), 'title');
    assert.match(md, /^## title/);
    assert.match(md, /\| \*\*overall\*\* \| 2 \| 1 \| 1 \| 1\.000 \(1\/1\) \| 1\.000 \(1\/1\) \| 0\.200 \/ 0\.200 \| 20 \/ 20 \(n=1\) \|/);
    assert.match(md, /\| language: python \|/);
  });
});
