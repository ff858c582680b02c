import * as assert from 'node:assert/strict';
import { RuleError, RuleSet, validateRule } from '../../../src/core';
import { testEngine } from '../helpers/engine';

const good = { id: 'ok.eval', languages: ['python'], severity: 'error', confidence: 'high', message: 'eval', cwe: ['CWE-95'], query: '(call function: (identifier) @f (#eq? @f "eval")) @finding' };

describe('rule validation', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['a missing message', { ...good, message: undefined }, /rule 'ok\.eval'.*missing 'message'/],
    ['an unknown language', { ...good, languages: ['kotlin'] }, /unknown language 'kotlin'/],
    ['a bad severity', { ...good, severity: 'fatal' }, /severity must be one of error, warning, info/],
    ['both query and regex', { ...good, regex: 'x' }, /exactly one of 'query'/],
    ['an invalid regex', { ...good, query: undefined, regex: '(' }, /invalid regex/],
    ['a multi-line message', { ...good, message: 'a\nb' }, /must be one line/],
    ['a malformed CWE', { ...good, cwe: ['78x'] }, /look like CWE-78/],
    ['an unknown field', { ...good, serverity: 'error' }, /unknown field 'serverity'/],
  ];
  for (const [what, raw, message] of cases) {
    it(`names the rule and the problem for ${what}`, () => {
      assert.throws(() => validateRule(raw, 'rules/mine.yaml'), (e: unknown) => e instanceof RuleError && message.test(e.message) && e.message.includes('rules/mine.yaml'));
    });
  }

  it('normalises CWE ids', () => {
    assert.deepEqual(validateRule({ ...good, cwe: ['78', 'cwe-079'] }).cwe, ['CWE-78', 'CWE-79']);
  });
});

describe('rule compilation', () => {
  it('leaves out rules whose query is broken, names them, and keeps the others working', async () => {
    const engine = await testEngine();
    const set = RuleSet.fromRaw([
      good,
      { ...good, id: 'bad.node', query: '(no_such_node) @finding' },
      { ...good, id: 'bad.predicate', query: '(call function: (identifier) @f (#frobnicate? @f "x")) @finding' },
      { ...good, id: 'bad.uncaptured', query: '(call function: (identifier) @f (#eq? @f "exec"))' },
      { ...good, id: 'bad.syntax', query: '(call function: (identifier) @f' },
    ]);
    const compiled = set.forLanguage('python', engine.grammars);
    const byRule = new Map(compiled.problems.map(p => [p.ruleId, p.message]));
    assert.match(byRule.get('bad.node') ?? '', /does not compile/);
    assert.match(byRule.get('bad.predicate') ?? '', /unsupported predicate #frobnicate\?/);
    assert.match(byRule.get('bad.uncaptured') ?? '', /must capture its outermost node/);
    assert.match(byRule.get('bad.syntax') ?? '', /does not compile/);
    assert.deepEqual([...new Set(compiled.patternRules.map(r => r.id))], ['ok.eval']);
    const session = engine.withRules(set).createSession({ kind: 'code', language: 'python' });
    session.push('eval(x)\nexec(y)\n');
    session.end();
    assert.deepEqual(session.findings.map(f => f.ruleId), ['ok.eval']);
  });

  it('reports invalid rule objects without losing the valid ones', () => {
    const set = RuleSet.fromRaw([good, { id: 'x' }, 'not a rule', { ...good }], (_r, i) => `file${i}.yaml`);
    assert.equal(set.rules.length, 1);
    assert.equal(set.problems.length, 3);
    assert.ok(set.problems.some(p => /duplicate rule id/.test(p.message)));
  });
});

describe('outermost-capture check', () => {
  // Imported lazily so the describe above stays focused on behaviour through RuleSet.
  const { capturesOutermost } = require('../../../src/core/rules/ruleSet') as typeof import('../../../src/core/rules/ruleSet');
  it('accepts a captured node and a captured node grouped with predicates', () => {
    assert.equal(capturesOutermost('(call function: (identifier) @f) @finding ; note'), true);
    assert.equal(capturesOutermost('[(a) (b)] @x'), true);
    assert.equal(capturesOutermost('((pipeline (command) @c) @p (#match? @p "\\\\n") (#not-eq? @c "x"))'), true);
  });
  it('rejects an uncaptured outermost node and groups of several nodes', () => {
    assert.equal(capturesOutermost('(call function: (identifier) @f)'), false);
    assert.equal(capturesOutermost('((a) @x (b) @y)'), false);
    assert.equal(capturesOutermost('((a) (#eq? @a "x"))'), false);
  });
});
