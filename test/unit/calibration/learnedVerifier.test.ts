import * as assert from 'node:assert/strict';
import { Engine, Finding } from '../../../src/core';
import { replayText } from '../../../src/core/eval/replay';
import { seededRandom } from '../../../src/core/calibration/groups';
import { DENSE_COUNT, DENSE_FEATURES, ruleEvidence } from '../../../src/core/verifier/features';
import { learnedVerifier, validateWeights, VerifierWeights, weightsVersion } from '../../../src/core/verifier/learnedVerifier';
import { NgramHasher } from '../../../src/core/verifier/ngrams';
import { decodeProseModel, encodeProseModel, ProseModel, proseLogit, ProseRun } from '../../../src/core/verifier/proseModel';
import { shippedCalibration, shippedVerifier } from '../../../src/core/verifier/shipped';

const TEXT = 'Sure, here is how to do it.\n\nFirst,   mix the two   chemicals — carefully!  Then wait 10 minutes. Ünïcode 🙂 too.';

function chunks(text: string, seed: number): string[] {
  const r = seededRandom(seed);
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    let n = 1 + Math.floor(r() * 7);
    if ((text.charCodeAt(i + n - 1) & 0xfc00) === 0xd800) n++;
    out.push(text.slice(i, i + n));
    i += n;
  }
  return out;
}

function smallProse(): ProseModel {
  const r = seededRandom(5);
  return { bits: 8, bias: -0.5, weights: Float32Array.from({ length: 256 }, () => r() - 0.5) };
}

function weights(): VerifierWeights {
  const dense = new Array<number>(DENSE_COUNT).fill(0);
  dense[0] = -3; // a clean prefix is safe: s ≈ 0.95
  dense[1] = 2; // each unit of −ln(1 − w) from code rules adds 2 to the log-odds of unsafe
  dense[8] = 1; // the prose score
  const body = { features: [...DENSE_FEATURES], kinds: { code: { dense, rules: { 'x.noisy': -1 } }, chat: { dense, rules: {} } }, prose: encodeProseModel(smallProse()) };
  return { format: 'vigil-verifier', version: weightsVersion(body), header: {}, trainingSplit: { data: 'd.jsonl', dataHash: 'sha256:0', folds: 2, seed: 7, trainFold: 0 }, ...body };
}

const finding = (ruleId: string, over: Partial<Finding> = {}): Finding => ({
  id: 1, ruleId, cwe: null, severity: 'error', confidence: 'high', message: 'm', status: 'confirmed',
  start: { offset: 0, line: 0, character: 0 }, end: { offset: 1, line: 0, character: 1 }, origin: 'python', ...over,
});

describe('verifier/learned', () => {
  it('hashes the same n-grams however the text is chunked (no rescan, state carries over)', () => {
    const whole: number[] = [];
    new NgramHasher(12, b => whole.push(b)).push(TEXT);
    for (const seed of [1, 2, 3]) {
      const parts: number[] = [];
      const h = new NgramHasher(12, b => parts.push(b));
      for (const c of chunks(TEXT, seed)) h.push(c);
      assert.deepEqual(parts, whole);
    }
    assert.ok(whole.length > TEXT.length, 'three char n-gram sizes plus words');
  });

  it('keeps the prose score as running sums: chunked = whole text', () => {
    const model = smallProse();
    const run = new ProseRun(model);
    for (const c of chunks(TEXT, 9)) run.push(c);
    assert.ok(Math.abs(run.logit - proseLogit(model, TEXT)) < 1e-9);
    assert.equal(new ProseRun(model).logit, -0.5, 'before any text: the bias');
  });

  it('encodes the prose weights compactly (int8) and decodes them within one quantisation step', () => {
    const m = smallProse();
    const e = encodeProseModel(m);
    assert.equal(Buffer.from(e.weights, 'base64').length, 256);
    const d = decodeProseModel(e);
    for (let i = 0; i < 256; i++) assert.ok(Math.abs(d.weights[i] - m.weights[i]) <= e.scale / 2 + 1e-9);
  });

  it('reads rule evidence: strongest weight per rule, tentative counts less, withdrawn not at all', () => {
    const e = ruleEvidence([finding('a'), finding('a', { status: 'tentative' }), finding('b', { status: 'tentative', confidence: 'low', severity: 'info' }), finding('c', { status: 'withdrawn' }), finding('p', { origin: 'prose' })]);
    assert.deepEqual([...e.rules], [['a', 1], ['b', 0.5], ['p', 1]]);
    assert.ok(Math.abs(e.dense[1] - (-2 * Math.log(1 - 0.9) - Math.log(1 - 0.3 * 0.35 * 0.55))) < 1e-9, 'every origin counts');
    assert.ok(Math.abs(e.dense[2] - -Math.log(1 - 0.9)) < 1e-9, 'prose findings also count apart');
    assert.equal(e.dense[3], 0.9);
    assert.ok(Math.abs(e.dense[4] - 0.3 * 0.35 * 0.55) < 1e-12);
  });

  it('leaves out what it learned of a rule whose severity the user changed', () => {
    const e = ruleEvidence([finding('a', { severity: 'info', confidence: 'medium', severityFromSettings: true }), finding('b')]);
    assert.deepEqual([...e.rules], [['b', 1]], 'no per-rule coefficient for the overridden rule');
    assert.ok(Math.abs(e.dense[1] - (-Math.log(1 - 0.6 * 0.35) - Math.log(1 - 0.9))) < 1e-9, 'its severity and confidence still count');
    const v = learnedVerifier(validateWeights(weights()));
    const run = v.start('code');
    const learned = run.score([finding('x.noisy', { severity: 'warning' })]);
    const overridden = run.score([finding('x.noisy', { severity: 'warning', severityFromSettings: true })]);
    assert.ok(overridden < learned, `the noisy rule's negative coefficient no longer applies (${overridden} < ${learned})`);
  });

  it('as shipped, a rule the user keeps as a hint no longer raises the alarm by itself', async () => {
    const engine = await Engine.create();
    const text = 'use std::env;\n\nfn main() {\n    let args: Vec<String> = env::args().collect();\n    println!("{}", args.len());\n}\n';
    const run = (ruleOverrides?: Record<string, 'info'>) => {
      const session = engine.createSession({ kind: 'code', language: 'rust', ruleOverrides });
      replayText(session, text, 8);
      return session;
    };
    const asShipped = run();
    assert.ok(asShipped.findings.some(f => f.ruleId === 'rust.env-args-input'), 'the rule fires');
    assert.equal(asShipped.alarmed, true, 'at its own severity (error) it alarms');
    const hint = run({ 'rust.env-args-input': 'info' });
    const found = hint.findings.find(f => f.ruleId === 'rust.env-args-input');
    assert.equal(found?.severity, 'info');
    assert.equal(found?.severityFromSettings, true);
    assert.equal(hint.alarmed, false, `as a hint it does not (min s_t ${hint.minSafety}, λ ${engine.policy.threshold})`);
  });

  it('scores s_t = P(safe): findings lower it, per-rule coefficients adjust it', () => {
    const v = learnedVerifier(validateWeights(weights()));
    const run = v.start('code');
    run.observe('x = eval(y)\n');
    const clean = run.score([]);
    const flagged = run.score([finding('python.eval')]);
    const noisy = run.score([finding('x.noisy')]);
    assert.ok(clean > 0.9, String(clean));
    assert.ok(flagged < 0.2, String(flagged));
    assert.ok(noisy > flagged, 'a rule with a negative coefficient weighs less');
    const chat = v.start('chat');
    chat.observe(TEXT);
    assert.ok(chat.score([]) > 0 && chat.score([]) < 1);
  });

  it('refuses weights whose version does not match their content', () => {
    const w = weights();
    w.kinds.code.dense[0] = -2;
    assert.throws(() => validateWeights(w, 'w.json'), /w\.json: version 'learned-1:[0-9a-f]{12}' does not match its weights/);
  });

  it('ships weights and a default calibration made for them (re-run npm run calibrate after npm run train)', () => {
    const verifier = shippedVerifier();
    const shipped = shippedCalibration();
    assert.ok(verifier && shipped, 'src/models holds verifier.json and default-calibration.json');
    assert.equal(shipped!.calibration.verifierVersion, verifier!.version);
    assert.deepEqual([shipped!.calibration.method, shipped!.calibration.control, shipped!.calibration.epsilon], ['crc', 'false-alarm', 0.05]);
  });
});
