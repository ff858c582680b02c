import * as assert from 'node:assert/strict';
import { Finding, positionIn, RuleDefinition } from '../../../src/core';
import { buildJsonReport, buildSarifLog, cweName, FINGERPRINT_KEY, securitySeverity, StreamReport, toArtifactUri } from '../../../src/core/report';
import { testEngine } from '../helpers/engine';
import { SARIF_LOG_SCHEMA, validate } from './sarifSchema';

const RULE: RuleDefinition = {
  id: 'python.test-shell',
  languages: ['python'],
  severity: 'error',
  confidence: 'high',
  message: 'shell=True runs a shell',
  note: 'The command line goes through `/bin/sh`.\n\nPass a list instead.',
  cwe: ['CWE-78', 'CWE-77'],
  owasp: ['A03:2021 - Injection'],
  references: ['https://docs.python.org/3/library/subprocess.html'],
};

const TEXT = 'import subprocess\nsubprocess.run(cmd, shell=True)\nsubprocess.run(cmd, shell=True)\n';

function finding(id: number, start: number, end: number, extra: Partial<Finding> = {}): Finding {
  return {
    id, ruleId: RULE.id, cwe: 'CWE-78', severity: 'error', confidence: 'high', message: RULE.message, status: 'confirmed',
    start: positionIn(TEXT, start), end: positionIn(TEXT, end), origin: 'python', ...extra,
  };
}

function report(findings: Finding[], extra: Partial<StreamReport> = {}): StreamReport {
  return { path: 'src/app.py', language: 'python', kind: 'code', alarm: true, alarmOffset: 40, minSafety: 0.1, threshold: 0.5, findings, text: TEXT, ...extra };
}

const lookup = (id: string) => (id === RULE.id ? RULE : undefined);

describe('report/sarif', () => {
  it('builds a log that satisfies the SARIF 2.1.0 shape', () => {
    const first = finding(1, 18, 49, { fix: { title: 'Drop shell=True', start: positionIn(TEXT, 38), end: positionIn(TEXT, 48), text: '' } });
    const log = buildSarifLog([report([first, finding(2, 50, 81)]), report([], { path: '-', alarm: false, alarmOffset: null, kind: 'chat', language: null })], {
      rule: lookup, tool: { name: 'Vigil', version: '1.2.3' }, baseUri: 'file:///work/project', notifications: [{ level: 'error', message: 'x.bin: binary file', path: 'x.bin' }],
    });
    assert.deepEqual(validate(log, SARIF_LOG_SCHEMA), []);
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run.tool.driver.version, '1.2.3');
    assert.equal(run.invocations[0].executionSuccessful, false);
    assert.equal(run.originalUriBaseIds?.['%SRCROOT%'].uri, 'file:///work/project/');
  });

  it('the shape check catches what a SARIF consumer would reject', () => {
    const log = buildSarifLog([report([finding(1, 18, 49)])], { rule: lookup }) as unknown as { runs: { tool: { driver: Record<string, unknown> }; results: Record<string, unknown>[] }[] };
    delete log.runs[0].tool.driver.name;
    (log.runs[0].results[0].locations as { physicalLocation: { region: { startLine: number } } }[])[0].physicalLocation.region.startLine = 0;
    log.runs[0].results[0].levle = 'error';
    assert.deepEqual(validate(log, SARIF_LOG_SCHEMA), [
      "$.runs[0].tool.driver: missing required 'name'",
      '$.runs[0].results[0].locations[0].physicalLocation.region.startLine: 0 < 1',
      "$.runs[0].results[0]: unknown member 'levle'",
    ]);
  });

  it('describes each rule with its note, CWE relationships, tags and precision', () => {
    const log = buildSarifLog([report([finding(1, 18, 49)])], { rule: lookup });
    const [rule] = log.runs[0].tool.driver.rules;
    assert.equal(rule.id, RULE.id);
    assert.equal(rule.shortDescription.text, RULE.message);
    assert.equal(rule.fullDescription.text, 'The command line goes through `/bin/sh`.');
    assert.match(rule.help.markdown!, /Pass a list instead/);
    assert.match(rule.help.markdown!, /\[CWE-78\]\(https:\/\/cwe\.mitre\.org\/data\/definitions\/78\.html\)/);
    assert.equal(rule.helpUri, RULE.references[0]);
    assert.equal(rule.defaultConfiguration.level, 'error');
    assert.deepEqual(rule.properties.tags, ['security', 'external/cwe/cwe-78', 'external/cwe/cwe-77']);
    assert.deepEqual(rule.properties.cwe, ['CWE-78', 'CWE-77']);
    assert.deepEqual(rule.properties.owasp, ['A03:2021 - Injection']);
    assert.equal(rule.properties.confidence, 'high');
    assert.equal(rule.properties['security-severity'], '9.0');
    const taxonomy = log.runs[0].taxonomies[0];
    assert.equal(taxonomy.name, 'CWE');
    assert.deepEqual(taxonomy.taxa.map(t => t.id), ['77', '78']);
    assert.equal(taxonomy.taxa[1].name, cweName('CWE-78'));
    assert.deepEqual(rule.relationships!.map(r => [r.target.id, taxonomy.taxa[r.target.index].id, r.target.toolComponent.name, r.kinds[0]]), [['78', '78', 'CWE', 'superset'], ['77', '77', 'CWE', 'superset']]);
    assert.deepEqual(log.runs[0].tool.driver.supportedTaxonomies, [{ name: 'CWE', index: 0 }]);
  });

  it('places results at 1-based lines and columns (end exclusive), with snippets, levels and fingerprints', () => {
    const log = buildSarifLog([report([finding(1, 18, 49), finding(2, 50, 81, { severity: 'info', status: 'tentative' })])], { rule: lookup, baseUri: 'file:///w/' });
    const [a, b] = log.runs[0].results;
    const loc = a.locations[0].physicalLocation;
    assert.deepEqual(loc.artifactLocation, { uri: 'src/app.py', uriBaseId: '%SRCROOT%', index: 0 });
    assert.deepEqual({ ...loc.region, snippet: undefined }, { startLine: 2, startColumn: 1, endLine: 2, endColumn: 32, charOffset: 18, charLength: 31, snippet: undefined });
    assert.equal(loc.region.snippet?.text, 'subprocess.run(cmd, shell=True)');
    assert.equal(a.ruleIndex, 0);
    assert.equal(a.level, 'error');
    assert.equal(b.level, 'note');
    assert.equal(b.properties.status, 'tentative');
    // Identical lines get the same hash and different occurrence numbers.
    const [ha, na] = a.partialFingerprints[FINGERPRINT_KEY].split(':');
    const [hb, nb] = b.partialFingerprints[FINGERPRINT_KEY].split(':');
    assert.equal(ha, hb);
    assert.deepEqual([na, nb], ['1', '2']);
  });

  it('shifts positions of a stream inserted into a document', () => {
    const log = buildSarifLog([report([finding(1, 0, 6)], { startAt: { line: 10, character: 4 }, path: 'file:///w/a.py' })], { rule: lookup });
    const region = log.runs[0].results[0].locations[0].physicalLocation.region;
    assert.equal(region.startLine, 11);
    assert.equal(region.startColumn, 5);
    assert.equal(region.charOffset, undefined);
    assert.equal(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'file:///w/a.py');
  });

  it('turns paths into URI references', () => {
    assert.deepEqual(toArtifactUri('src/my file.py'), { uri: 'src/my%20file.py', relative: true });
    assert.deepEqual(toArtifactUri('./a.py'), { uri: 'a.py', relative: true });
    assert.deepEqual(toArtifactUri('/tmp/a b.py'), { uri: 'file:///tmp/a%20b.py', relative: false });
    assert.deepEqual(toArtifactUri('C:\\work\\a.py'), { uri: 'file:///C:/work/a.py', relative: false });
    assert.deepEqual(toArtifactUri('untitled:Untitled-1'), { uri: 'untitled:Untitled-1', relative: false });
    assert.deepEqual(toArtifactUri('-'), { uri: 'stdin', relative: false });
  });

  it('describes a rule it no longer knows from the finding itself', () => {
    const log = buildSarifLog([report([finding(1, 18, 49)])], { rule: () => undefined });
    assert.deepEqual(validate(log, SARIF_LOG_SCHEMA), []);
    assert.equal(log.runs[0].tool.driver.rules[0].shortDescription.text, RULE.message);
  });

  it('maps confidence x severity to security-severity', () => {
    assert.equal(securitySeverity({ confidence: 'high', severity: 'error' }), '9.0');
    assert.equal(securitySeverity({ confidence: 'low', severity: 'info' }), '1.0');
  });

  it('reports real engine findings with built-in rule metadata', async () => {
    const engine = await testEngine();
    const session = engine.createSession({ kind: 'code', language: 'python' });
    session.push(TEXT);
    session.end();
    const log = buildSarifLog([{ path: 'a.py', language: 'python', kind: 'code', alarm: session.alarmed, alarmOffset: session.alarmOffset, minSafety: session.minSafety, threshold: session.threshold, findings: session.findings, text: TEXT }], { rule: id => engine.rules.get(id) });
    assert.deepEqual(validate(log, SARIF_LOG_SCHEMA), []);
    const rule = log.runs[0].tool.driver.rules.find(r => r.id === 'python.subprocess-shell-true');
    assert.ok(rule, 'the built-in shell=True rule is described');
    assert.ok(rule.properties.tags.includes('external/cwe/cwe-78'));
  });
});

describe('report/json', () => {
  it('has exactly the documented members', () => {
    const json = buildJsonReport([report([finding(1, 18, 49, { fix: { title: 't', start: positionIn(TEXT, 0), end: positionIn(TEXT, 1), text: '' } })])]);
    assert.deepEqual(Object.keys(json), ['version', 'results']);
    const [r] = json.results;
    assert.deepEqual(Object.keys(r), ['path', 'language', 'kind', 'alarm', 'alarmOffset', 'minSafety', 'threshold', 'findings']);
    assert.deepEqual(Object.keys(r.findings[0]), ['ruleId', 'cwe', 'severity', 'confidence', 'message', 'status', 'start', 'end']);
    assert.deepEqual(r.findings[0].start, { offset: 18, line: 1, character: 0 });
    assert.deepEqual(r.findings[0].end, { offset: 49, line: 1, character: 31 });
  });
});
