import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Engine, languageForPath, listRuleFiles, readRuleFile, RuleSet, validateRule } from '../../../src/core';
import { testEngine } from '../helpers/engine';
import { fixturesOf, readAnnotations, RULES_DIR } from '../helpers/fixtures';

const ruleFiles = listRuleFiles(RULES_DIR);

/** Lines where `ruleId` reports a confirmed finding when `text` is monitored as one stream. */
function flaggedLines(engine: Engine, file: string, text: string, ruleId: string): number[] {
  const language = languageForPath(file);
  const session = file.endsWith('.md') ? engine.createSession({ kind: 'chat' }) : engine.createSession({ kind: 'code', language: language ?? path.extname(file).slice(1) });
  session.push(text);
  session.end();
  return [...new Set(session.findings.filter(f => f.ruleId === ruleId && f.status === 'confirmed').map(f => f.start.line))].sort((a, b) => a - b);
}

describe('rule fixtures', () => {
  it('finds rule files', () => assert.ok(ruleFiles.length > 0, `no rules under ${RULES_DIR}`));

  for (const file of ruleFiles) {
    const relative = path.relative(RULES_DIR, file);
    describe(relative, () => {
      const rules = readRuleFile(file).map(raw => validateRule(raw, relative));
      const fixtures = fixturesOf(file);

      it('has an annotated fixture beside it', () => {
        assert.ok(fixtures.length > 0, `${relative}: no fixture file next to it`);
        for (const rule of rules) {
          const annotations = fixtures.flatMap(f => readAnnotations(fs.readFileSync(f, 'utf8'))).filter(a => a.ruleId === rule.id);
          assert.ok(annotations.some(a => a.kind === 'ruleid'), `${rule.id}: no 'ruleid:' line in its fixtures`);
          assert.ok(annotations.some(a => a.kind === 'ok'), `${rule.id}: no 'ok:' line (a safe look-alike) in its fixtures`);
        }
      });

      for (const fixture of fixtures) {
        it(`matches exactly the annotated lines of ${path.basename(fixture)}`, async () => {
          const engine = (await testEngine()).withRules(new RuleSet(rules));
          const text = fs.readFileSync(fixture, 'utf8');
          const annotations = readAnnotations(text);
          for (const rule of rules) {
            const expected = annotations.filter(a => a.ruleId === rule.id && a.kind === 'ruleid').map(a => a.line + 1);
            const okLines = annotations.filter(a => a.ruleId === rule.id && a.kind === 'ok').map(a => a.line + 1);
            const actual = flaggedLines(engine, fixture, text, rule.id).map(l => l + 1);
            assert.deepEqual(actual.filter(l => !expected.includes(l)), [], `${rule.id}: flagged lines not annotated 'ruleid' in ${path.basename(fixture)}${okLines.length ? ` (ok: lines ${okLines.join(', ')})` : ''}`);
            assert.deepEqual(expected.filter(l => !actual.includes(l)), [], `${rule.id}: 'ruleid' lines not flagged in ${path.basename(fixture)}`);
          }
        });
      }
    });
  }
});

describe('built-in rule pack', () => {
  it('every rule validates and no two share an id', () => {
    const engineRules = RuleSet.fromRaw(ruleFiles.flatMap(f => readRuleFile(f).map(raw => ({ raw, source: path.relative(RULES_DIR, f) }))).map(x => x.raw));
    assert.deepEqual(engineRules.problems.map(p => p.message), []);
  });

  it('every query compiles against the grammar of each of its languages', async () => {
    const engine = await testEngine();
    const problems: string[] = [];
    for (const rule of engine.rules.rules) {
      if (!rule.query) continue;
      const single = new RuleSet([rule]);
      for (const language of rule.languages) {
        if (language === 'prose' || language === '*') continue;
        problems.push(...single.forLanguage(language, engine.grammars).problems.map(p => p.message));
      }
    }
    assert.deepEqual(problems, []);
  });
});
