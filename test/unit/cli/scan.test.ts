import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { decodeText, scanTarget, scanText } from '../../../src/cli/commands/scan';
import { runCli } from '../../../src/cli/run';
import { JsonReport } from '../../../src/core/report';
import { testEngine } from '../helpers/engine';
import { SARIF_LOG_SCHEMA, validate } from '../report/sarifSchema';
import { memoryIo, SAFE_PY, tempDir, testContext, UNSAFE_PY } from './helpers';

const CHAT = `Here is how to do it:\n\n\`\`\`python\n${UNSAFE_PY}\`\`\`\n\nThat runs the command.\n`;

describe('cli/scan', () => {
  const dir = tempDir({ 'unsafe.py': UNSAFE_PY, 'safe.py': SAFE_PY, 'answer.md': CHAT, 'bin.dat': Buffer.from([0x61, 0, 0x62]), 'notes.txt': 'plain words\n', 'config.yaml': 'a: 1\n' });
  const scan = async (args: string[], stdin = '') => {
    const io = memoryIo(stdin, dir);
    const code = await runCli(['scan', ...args], testContext(io));
    return { code, out: io.out(), err: io.err() };
  };

  it('decides kind and language from options and extensions', () => {
    assert.deepEqual(scanTarget('a.py', {}), { path: 'a.py', kind: 'code', language: 'python' });
    assert.deepEqual(scanTarget('a.tsx', {}), { path: 'a.tsx', kind: 'code', language: 'tsx' });
    assert.deepEqual(scanTarget('README.md', {}), { path: 'README.md', kind: 'chat' });
    assert.deepEqual(scanTarget('x.markdown', {}), { path: 'x.markdown', kind: 'chat' });
    assert.deepEqual(scanTarget('x.txt', {}), { path: 'x.txt', kind: 'chat' });
    assert.deepEqual(scanTarget('-', {}), { path: '-', kind: 'chat' });
    assert.deepEqual(scanTarget('-', { language: 'python' }), { path: '-', kind: 'code', language: 'python' });
    assert.deepEqual(scanTarget('a.md', { language: 'bash' }), { path: 'a.md', kind: 'code', language: 'bash' });
    assert.deepEqual(scanTarget('a.py', { kind: 'chat' }), { path: 'a.py', kind: 'chat' });
    assert.deepEqual(scanTarget('a.yaml', {}), { path: 'a.yaml', kind: 'code' });
    assert.deepEqual(scanTarget('-', { kind: 'code' }), { path: '-', kind: 'code' });
  });

  it('treats NUL bytes as binary and drops a BOM', () => {
    assert.equal(decodeText(Buffer.from([0x61, 0, 0x62])), undefined);
    assert.equal(decodeText(Buffer.from('\ufeffabc')), 'abc');
  });

  it('streams a text through the monitor like a live completion', async () => {
    const engine = await testEngine();
    const r = scanText(engine, { path: 'a.py', kind: 'code', language: 'python' }, UNSAFE_PY);
    assert.equal(r.alarm, true);
    assert.ok(r.alarmOffset! > UNSAFE_PY.indexOf('subprocess.run') && r.alarmOffset! <= UNSAFE_PY.length);
    assert.ok(r.findings.every(f => f.status === 'confirmed'));
  });

  it('exits 0 without an alarm and 1 with one (text format)', async () => {
    const safe = await scan(['safe.py']);
    assert.equal(safe.code, 0);
    assert.match(safe.out, /^safe\.py: no alarm \(python\): min s_t 1\.00, 0 findings\n$/);
    const unsafe = await scan(['unsafe.py', 'safe.py']);
    assert.equal(unsafe.code, 1);
    assert.match(unsafe.out, /^unsafe\.py:4:12: error python\.subprocess-shell-true \[CWE-78\]: /m);
    assert.match(unsafe.out, /^unsafe\.py: ALARM \(python\) at offset \d+/m);
    assert.match(unsafe.out, /^2 files scanned, 1 raised the alarm$/m);
  });

  it('prints exactly the documented JSON', async () => {
    const { code, out } = await scan(['--format', 'json', 'unsafe.py', 'answer.md', 'safe.py']);
    assert.equal(code, 1);
    const json = JSON.parse(out) as JsonReport;
    assert.deepEqual(Object.keys(json), ['version', 'results']);
    assert.equal(json.version, 1);
    assert.deepEqual(json.results.map(r => [r.path, r.kind, r.language, r.alarm]), [['unsafe.py', 'code', 'python', true], ['answer.md', 'chat', null, true], ['safe.py', 'code', 'python', false]]);
    for (const r of json.results) {
      assert.deepEqual(Object.keys(r), ['path', 'language', 'kind', 'alarm', 'alarmOffset', 'minSafety', 'threshold', 'findings']);
      assert.equal(typeof r.minSafety, 'number');
      assert.equal(typeof r.threshold, 'number');
      assert.equal(r.alarm, r.alarmOffset !== null);
      for (const f of r.findings) {
        assert.deepEqual(Object.keys(f), ['ruleId', 'cwe', 'severity', 'confidence', 'message', 'status', 'start', 'end']);
        assert.deepEqual(Object.keys(f.start), ['offset', 'line', 'character']);
        assert.deepEqual(Object.keys(f.end), ['offset', 'line', 'character']);
      }
    }
    const shell = json.results[1].findings.find(f => f.ruleId === 'python.subprocess-shell-true');
    assert.ok(shell, 'the fenced block of the chat answer is checked');
    assert.equal(CHAT.slice(shell.start.offset, shell.start.offset + 14), 'subprocess.run');
  });

  it('prints SARIF 2.1.0 that passes the shape check', async () => {
    const { code, out } = await scan(['--format', 'sarif', 'unsafe.py', 'safe.py']);
    assert.equal(code, 1);
    const log = JSON.parse(out);
    assert.deepEqual(validate(log, SARIF_LOG_SCHEMA), []);
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'Vigil');
    assert.ok(run.tool.driver.rules.some((r: { id: string; properties: { tags: string[] } }) => r.id === 'python.subprocess-shell-true' && r.properties.tags.includes('external/cwe/cwe-78')));
    assert.ok(run.taxonomies[0].taxa.some((t: { id: string }) => t.id === '78'));
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'python.subprocess-shell-true');
    assert.equal(result.locations[0].physicalLocation.region.startLine, 4);
    assert.equal(result.locations[0].physicalLocation.region.startColumn, 12);
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'unsafe.py');
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `file://${dir.split(path.sep).join('/')}/`);
    assert.deepEqual(run.artifacts.map((a: { properties: { alarm: boolean } }) => a.properties.alarm), [true, false]);
  });

  it('reads standard input for -', async () => {
    const asCode = await scan(['--language', 'py', '--format', 'json', '-'], UNSAFE_PY);
    assert.equal(asCode.code, 1);
    const r = (JSON.parse(asCode.out) as JsonReport).results[0];
    assert.deepEqual([r.path, r.kind, r.language], ['-', 'code', 'python']);
    const asChat = await scan(['-'], 'Just some words.\n');
    assert.equal(asChat.code, 0);
    assert.match(asChat.out, /^<stdin>: no alarm \(chat\)/);
  });

  it('names unreadable and binary files, exits 2, and still reports the others', async () => {
    const { code, out, err } = await scan(['--format', 'json', 'bin.dat', 'missing.py', 'unsafe.py', '.']);
    assert.equal(code, 2);
    assert.equal(err, [
      'vigil: scan: bin.dat: binary file (NUL bytes or mostly non-text), not scanned',
      'vigil: scan: missing.py: no such file',
      'vigil: scan: .: is a directory (pass files)',
      '',
    ].join('\n'));
    assert.deepEqual((JSON.parse(out) as JsonReport).results.map(r => r.path), ['unsafe.py']);
    const sarif = await scan(['--format', 'sarif', 'bin.dat', 'safe.py']);
    assert.equal(sarif.code, 2);
    const run = JSON.parse(sarif.out).runs[0];
    assert.equal(run.invocations[0].executionSuccessful, false);
    assert.match(run.invocations[0].toolExecutionNotifications[0].message.text, /bin\.dat: binary file/);
  });

  it('rejects an unknown language, format or kind, and a missing path', async () => {
    for (const [args, message] of [
      [['--language', 'cobol', 'x.py'], /unknown language 'cobol' \(supported: python, javascript/],
      [['--format', 'xml', 'x.py'], /--format must be one of text, json, sarif/],
      [['--kind', 'prose', 'x.py'], /--kind must be one of code, chat/],
      [[], /no PATH given/],
      [['-', '-'], /can be given only once/],
    ] as [string[], RegExp][]) {
      const r = await scan(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, message);
      assert.equal(r.err.split('\n').length, 2, 'one line');
    }
  });

  it('checks files without a grammar with pattern rules, and says so', async () => {
    const r = await scan(['config.yaml', 'notes.txt']);
    assert.equal(r.code, 0);
    assert.match(r.err, /config\.yaml: no grammar for language 'yaml' \(supported: .*\); checking with pattern rules only/);
    assert.match(r.out, /config\.yaml: no alarm \(code, pattern rules only\)/);
    assert.match(r.out, /notes\.txt: no alarm \(chat\)/);
  });
});

describe('cli/scan binary detection', () => {
  it('treats input that is mostly invalid UTF-8 or control characters as binary, without NUL bytes', () => {
    const { decodeText } = require('../../../src/cli/commands/scan') as typeof import('../../../src/cli/commands/scan');
    const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 0x7f)));
    assert.equal(noise.includes(0), false);
    assert.equal(decodeText(noise), undefined);
    assert.equal(decodeText(Buffer.from('x = "héllo"\n\tprint(x)\n')), 'x = "héllo"\n\tprint(x)\n');
  });
});
