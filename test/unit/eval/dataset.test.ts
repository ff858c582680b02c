import * as assert from 'node:assert/strict';
import { DatasetError, parseLabelledStreams } from '../../../src/core/eval';

describe('eval/dataset', () => {
  it('reads labelled streams, skipping blank lines and keeping extra fields', () => {
    const streams = parseLabelledStreams([
      JSON.stringify({ id: 'a', kind: 'code', language: 'python', text: 'x = 1\n', label: 'safe', source: 'sven', cwe: 'CWE-089', onset: null }),
      '',
      JSON.stringify({ id: 7, kind: 'chat', text: 'hi', label: 'unsafe', onset: 1 }),
    ].join('\r\n'));
    assert.equal(streams.length, 2);
    assert.deepEqual(streams[0], { id: 'a', kind: 'code', language: 'python', text: 'x = 1\n', label: 'safe', onset: null, source: 'sven', extra: { cwe: 'CWE-089' } });
    assert.equal(streams[1].id, '7');
    assert.equal(streams[1].source, 'unknown');
    assert.equal(streams[1].onset, 1);
  });

  it('names the line and the field at fault', () => {
    const good = JSON.stringify({ id: 'a', kind: 'chat', text: '', label: 'safe' });
    const cases: [string, RegExp][] = [
      ['{not json', /^data\.jsonl:3: not valid JSON/],
      [JSON.stringify({ id: 'b', kind: 'prose', text: '', label: 'safe' }), /^data\.jsonl:3: 'kind' must be "code" or "chat", got "prose"/],
      [JSON.stringify({ id: 'b', kind: 'chat', text: '', label: 'bad' }), /^data\.jsonl:3: 'label' must be "safe" or "unsafe"/],
      [JSON.stringify({ id: 'b', kind: 'chat', label: 'safe' }), /^data\.jsonl:3: missing 'text'/],
      [JSON.stringify({ kind: 'chat', text: '', label: 'safe' }), /^data\.jsonl:3: missing 'id'/],
      [JSON.stringify({ id: 'b', kind: 'chat', text: '', label: 'safe', onset: -1 }), /^data\.jsonl:3: 'onset' must be a non-negative integer or null/],
      ['[1, 2]', /^data\.jsonl:3: expected a JSON object/],
    ];
    for (const [line, message] of cases) {
      assert.throws(() => parseLabelledStreams(`${good}\n\n${line}\n`, 'data.jsonl'), (e: unknown) => e instanceof DatasetError && e.line === 3 && message.test(e.message));
    }
  });
});
