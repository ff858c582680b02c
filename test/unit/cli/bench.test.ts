import * as assert from 'node:assert/strict';
import { benchParts, benchText, runBenchmark } from '../../../src/cli/commands/bench';
import { percentile, regexOnlyEngine } from '../../../src/cli/bench/measure';
import { BENCH_STREAMS } from '../../../src/cli/bench/samples';
import { Engine } from '../../../src/core';
import { replayText } from '../../../src/core/eval';
import { testEngine } from '../helpers/engine';
import { UNSAFE_PY } from './helpers';

let reparse: Promise<Engine> | undefined;
/** One engine with the full-reparse baseline for these tests (creating an engine compiles every query again). */
const reparseEngine = () => (reparse ??= testEngine().then(e => Engine.create({ limits: { ...e.limits, reparseFromScratch: true } })));

describe('cli/bench', () => {
  it('embeds ~5 KB Python and JavaScript streams', () => {
    assert.deepEqual(BENCH_STREAMS.map(s => s.language), ['python', 'javascript']);
    for (const s of BENCH_STREAMS) assert.ok(s.text.length > 4500 && s.text.length < 5600, `${s.name}: ${s.text.length}`);
  });

  it('takes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    assert.equal(percentile(xs, 0.5), 50);
    assert.equal(percentile(xs, 0.99), 99);
    assert.equal(percentile([7], 0.99), 7);
  });

  it('reports the documented JSON shape, plus the sections of later features', async () => {
    const engine = await testEngine();
    const { report, sectionText } = await runBenchmark(engine, {
      streams: [{ name: 'tiny', language: 'python', text: UNSAFE_PY }],
      warmup: 0,
      runs: 1,
      coldStarts: 0,
      createEngine: reparseEngine,
      sections: [{ key: 'gate', run: async () => ({ ok: true }), text: () => ['gate: ok'] }],
    });
    assert.deepEqual(Object.keys(report), ['version', 'streams', 'coldStartMs', 'rssMb', 'gate']);
    assert.equal(report.version, 1);
    assert.equal(report.coldStartMs, null);
    assert.ok(report.rssMb > 0);
    assert.deepEqual(report.gate, { ok: true });
    const [s] = report.streams;
    assert.deepEqual(Object.keys(s), ['name', 'language', 'bytes', 'chunks', 'incremental', 'fullReparse', 'regexOnly']);
    assert.equal(s.bytes, UNSAFE_PY.length);
    assert.equal(s.chunks, Math.ceil(UNSAFE_PY.length / 4));
    for (const t of [s.incremental, s.fullReparse, s.regexOnly]) {
      assert.deepEqual(Object.keys(t), ['p50Ms', 'p99Ms', 'maxMs', 'totalMs']);
      assert.ok(t.p50Ms >= 0 && t.p50Ms <= t.p99Ms && t.p99Ms <= t.maxMs && t.maxMs <= t.totalMs, JSON.stringify(t));
    }
    const text = benchText(report, sectionText);
    assert.match(text, /tiny \(python, \d+ bytes, \d+ chunks\)/);
    assert.match(text, /full reparse \/ incremental: /);
    assert.match(text, /^targets: p50 ≤ 0\.1 ms /m);
    assert.match(text, /^gate: ok$/m);
  });

  it('runs only the parts --only or --proxy select, and refuses unknown ones', async () => {
    assert.deepEqual(benchParts('proxy', false).sections.map(s => s.key), ['proxy']);
    assert.deepEqual(benchParts(undefined, true), benchParts('proxy', false));
    assert.equal(benchParts('proxy', false).engine, false);
    const both = benchParts('engine, gate', false);
    assert.equal(both.engine, true);
    assert.deepEqual(both.sections.map(s => s.key), ['gate']);
    assert.equal(benchParts(undefined, false).sections.length, 3);
    assert.throws(() => benchParts('engine,fast', false), /bench: unknown part 'fast' for --only \(parts: engine, gate, proxy, verifier\)/);
    assert.throws(() => benchParts('', false), /--only needs a list/);
    assert.throws(() => benchParts('gate', true), /either --only or --proxy/);
    const engine = await testEngine();
    let given = 0;
    const { report, sectionText } = await runBenchmark(engine, {
      streams: [{ name: 'tiny', language: 'python', text: UNSAFE_PY }],
      engineFigures: false,
      coldStarts: 0,
      createEngine: () => assert.fail('no baseline engine without the engine figures'),
      sections: [{ key: 'proxy', run: async ctx => ({ streams: (given = ctx.streams.length) }), text: () => ['proxy: ok'] }],
    });
    assert.deepEqual(report.streams, []);
    assert.deepEqual(report.proxy, { streams: 1 });
    assert.equal(given, 1, 'the section still gets the bench streams');
    assert.doesNotMatch(benchText(report, sectionText), /^targets:/m);
  });

  it('the full-reparse baseline finds what the incremental engine finds', async () => {
    const engine = await testEngine();
    const reparse = await reparseEngine();
    for (const s of BENCH_STREAMS) {
      const final = (e: Engine) => {
        const session = e.createSession({ kind: 'code', language: s.language });
        replayText(session, s.text, 97);
        return session.findings.map(f => `${f.ruleId}@${f.start.offset}-${f.end.offset}:${f.status}`);
      };
      const expected = final(engine);
      assert.ok(expected.length > 0, `${s.name}: the sample should contain findings`);
      assert.deepEqual(final(reparse), expected, s.name);
    }
  });

  it('the regex-only baseline parses nothing', async () => {
    const engine = await testEngine();
    const session = regexOnlyEngine(engine, 'python').createSession({ kind: 'code', language: undefined });
    session.push(UNSAFE_PY);
    session.end();
    assert.equal(session.language, undefined);
    assert.ok(session.findings.every(f => f.origin === 'text'));
  });
});
