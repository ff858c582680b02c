import * as assert from 'node:assert/strict';
import { Engine, MonitorEvent, RuleSet } from '../../../src/core';
import { Parser } from 'web-tree-sitter';
import { closingBrackets } from '../../../src/core/analysis/construct';
import { testEngine } from '../helpers/engine';

/** Rules defined here so these tests do not move when the built-in packs change. */
const RULES = RuleSet.fromRaw([
  {
    id: 'test.eval', languages: ['python'], severity: 'error', confidence: 'high', message: 'eval of input', cwe: ['CWE-95'],
    query: '(call function: (identifier) @f (#eq? @f "eval")) @finding',
  },
  {
    id: 'test.md5', languages: ['python'], severity: 'warning', confidence: 'low', message: 'md5', cwe: ['CWE-328'],
    query: '(call function: (attribute attribute: (identifier) @a) (#eq? @a "md5")) @finding',
    fix: { title: 'Use sha256', capture: 'a', replacement: 'sha256' },
  },
  { id: 'test.key', languages: ['*'], severity: 'error', confidence: 'high', message: 'AWS key', cwe: ['CWE-798'], regex: 'AKIA[0-9A-Z]{16}' },
  { id: 'test.rm', languages: ['bash', 'prose'], severity: 'error', confidence: 'high', message: 'rm root', cwe: ['CWE-78'], regex: 'rm\\s+-rf\\s+/(?=\\s|$|`)', prose: 'instruction' },
]);

let engine: Engine;
before(async () => {
  engine = (await testEngine()).withRules(RULES);
});

function run(kind: 'code' | 'chat', text: string, chunk: number, options: { language?: string; context?: string } = {}) {
  const session = engine.createSession({ kind, ...options });
  const events: MonitorEvent[] = [];
  for (let i = 0; i < text.length; i += chunk) events.push(...session.push(text.slice(i, i + chunk)));
  events.push(...session.end());
  return { session, events };
}

describe('monitor session', () => {
  it('emits a signal after every chunk and one alarm at the first s_t below λ', () => {
    const text = 'x = 1\ny = eval(data)\nz = eval(more)\n';
    const { session, events } = run('code', text, 3, { language: 'python' });
    const signals = events.filter(e => e.type === 'signal');
    assert.equal(signals.length, Math.ceil(text.length / 3) + 1, 'one per chunk and one at the end');
    const alarms = events.filter(e => e.type === 'alarm');
    assert.equal(alarms.length, 1, 'the alarm is raised once and stays raised');
    const firstLow = signals.find(e => e.type === 'signal' && e.safety < 0.5)!;
    assert.equal(alarms[0].offset, firstLow.offset);
    assert.equal(session.alarmOffset, firstLow.offset);
    const end = events.at(-1)!;
    assert.equal(end.type, 'end');
    assert.ok(end.type === 'end' && end.alarm && end.minSafety < 0.5);
  });

  it('reports a finding as tentative while its statement is incomplete, then confirms it', () => {
    const session = engine.createSession({ kind: 'code', language: 'python' });
    // The call is complete, the statement around it is not yet.
    session.push('y = [eval(data), ');
    const tentative = session.findings.find(f => f.ruleId === 'test.eval');
    assert.equal(tentative?.status, 'tentative');
    session.push('2]\n');
    assert.equal(session.findings.find(f => f.ruleId === 'test.eval')?.status, 'confirmed');
  });

  it('withdraws a finding that disappears as more text arrives', () => {
    const session = engine.createSession({ kind: 'code', language: 'bash' });
    const events: MonitorEvent[] = [];
    events.push(...session.push('sudo rm -rf /'));
    const before = session.findings.filter(f => f.ruleId === 'test.rm');
    assert.equal(before.length, 1);
    assert.equal(before[0].status, 'tentative', 'the line is still being written');
    // The path goes on: it is /tmp/build, not the root.
    events.push(...session.push('tmp/build\n'));
    assert.equal(session.findings.length, 0);
    const withdrawn = events.filter(e => e.type === 'finding' && e.change === 'withdrawn');
    assert.equal(withdrawn.length, 1);
    assert.ok(withdrawn[0].type === 'finding' && withdrawn[0].finding.status === 'withdrawn');
    assert.equal(session.end().at(-1)!.type === 'end' && session.alarmed, false);
  });

  it('keeps document context out of the findings and reports stream offsets', () => {
    const context = 'import hashlib\nold = eval(a)\n';
    const { session } = run('code', 'new = eval(b)\n', 4, { language: 'python', context });
    const evals = session.findings.filter(f => f.ruleId === 'test.eval');
    assert.equal(evals.length, 1, 'the eval in the context is not the completion\'s doing');
    assert.equal(evals[0].start.offset, 6);
    assert.deepEqual([evals[0].start.line, evals[0].start.character], [0, 6]);
  });

  it('computes the rule fix from its captures', () => {
    const { session } = run('code', 'h = hashlib.md5(data)\n', 5, { language: 'python' });
    const f = session.findings.find(x => x.ruleId === 'test.md5')!;
    assert.equal(f.fix?.text, 'sha256');
    assert.equal(f.fix?.start.offset, 'h = hashlib.'.length);
  });

  it('applies rule overrides: off rules do not fire, severities change', () => {
    const off = engine.createSession({ kind: 'code', language: 'python', ruleOverrides: { 'test.eval': 'off' } });
    off.push('eval(x)\n');
    off.end();
    assert.equal(off.findings.length, 0);
    assert.equal(off.alarmed, false);
    const info = engine.createSession({ kind: 'code', language: 'python', ruleOverrides: { 'test.eval': 'info' } });
    info.push('eval(x)\n');
    assert.equal(info.findings[0].severity, 'info');
  });

  it('uses UTF-16 offsets like VS Code, across astral characters and lone surrogates', () => {
    const text = 'x = "😀\ud800"; y = eval(z)\n';
    const { session } = run('code', text, 2, { language: 'python' });
    const f = session.findings.find(x => x.ruleId === 'test.eval')!;
    assert.equal(f.start.offset, text.indexOf('eval'));
    assert.equal(f.start.character, text.indexOf('eval'));
  });

  it('runs regex rules in every language, including ones without a grammar', () => {
    const key = 'AKIA' + 'ABCDEFGHIJKLMNOP';
    const python = run('code', `k = "${key}"\n`, 3, { language: 'python' }).session;
    assert.ok(python.findings.some(f => f.ruleId === 'test.key'));
    const kotlin = run('code', `val k = "${key}"\n`, 3, { language: 'kotlin' });
    assert.ok(kotlin.session.findings.some(f => f.ruleId === 'test.key'));
    assert.ok(kotlin.events.some(e => e.type === 'notice' && /no grammar for language 'kotlin'/.test(e.message)));
  });

  it('stops analysing binary input with a notice and does not crash', () => {
    const { session, events } = run('code', 'eval(x)\u0000\u0001\u0002binary', 4, { language: 'python' });
    assert.ok(events.some(e => e.type === 'notice' && /binary/.test(e.message)));
    assert.equal(events.at(-1)!.type, 'end');
    assert.ok(session.length > 0);
  });

  it('at the end, finds what code cut off inside open brackets would do once closed', () => {
    // The open call and callback leave `eval(...)` in pieces under an ERROR node: no match while streaming.
    const text = 'def handler(request):\n    run(lambda: [\n        eval(request.body),\n        log(1, [2, {3: (4'; 
    const { session } = run('code', text, 5, { language: 'python' });
    const f = session.findings.find(x => x.ruleId === 'test.eval');
    assert.ok(f, 'found at the end');
    assert.equal(f.status, 'confirmed');
    assert.equal(text.slice(f.start.offset, f.end.offset), 'eval(request.body)');
    const cut = 'x = eval(data';
    const g = run('code', cut, 4, { language: 'python' }).session.findings.find(x => x.ruleId === 'test.eval');
    assert.equal(g && cut.slice(g.start.offset, g.end.offset), 'eval(data', 'a match that takes in an added bracket ends with the real text');
  });

  it('closes only brackets that are open in the code, not in strings or comments', async () => {
    const grammars = (await testEngine()).grammars;
    const closers = (language: 'python' | 'javascript', text: string) => {
      const parser = new Parser();
      parser.setLanguage(grammars.get(language));
      const tree = parser.parse(text)!;
      try {
        return closingBrackets(tree.rootNode);
      } finally {
        tree.delete();
        parser.delete();
      }
    };
    assert.equal(closers('python', 'x = f("([", [1, {2: (3  # {[(\n'), ')}])');
    assert.equal(closers('javascript', "exec('a(' + b, function (err) {\n  if (err) { /* ( */ }\n"), '})');
    assert.equal(closers('javascript', 'f(a, [1, 2]);\n'), '');
  });

  it('refuses a push after end', () => {
    const s = engine.createSession({ kind: 'code', language: 'python' });
    s.end();
    assert.throws(() => s.push('x'), /after end/);
  });

  it('monitors a 10 MB stream to the end without hanging', function () {
    this.timeout(120_000);
    const line = 'value = compute(alpha, beta) + other_value * 3  # padding\n';
    const text = line.repeat(Math.ceil((10 * 1024 * 1024) / line.length)) + 'eval(x)\n';
    const session = engine.createSession({ kind: 'code', language: 'python' });
    for (let i = 0; i < text.length; i += 256 * 1024) session.push(text.slice(i, i + 256 * 1024));
    const end = session.end().at(-1)!;
    assert.equal(end.type, 'end');
    assert.ok(session.length >= 10 * 1024 * 1024);
  });
});

describe('chat streams', () => {
  it('analyses fenced code in the fence language and maps findings to stream offsets', () => {
    const text = 'Here you go:\n\n```py\nresult = eval(user_input)\n```\n\nDone.\n';
    const { session } = run('chat', text, 3);
    const f = session.findings.find(x => x.ruleId === 'test.eval')!;
    assert.equal(f.origin, 'python');
    assert.equal(text.slice(f.start.offset, f.end.offset), 'eval(user_input)');
  });

  it('treats an unlabelled fence that reads like a shell command as bash', () => {
    const text = 'Wipe it:\n\n```\nsudo rm -rf / \n```\n';
    const { session } = run('chat', text, 2);
    const f = session.findings.find(x => x.ruleId === 'test.rm');
    assert.equal(f?.origin, 'bash');
  });

  it('flags an instruction in prose but not a mention of the same command', () => {
    const told = run('chat', 'To clean up, run `rm -rf /` now.\n', 4).session;
    assert.ok(told.findings.some(f => f.ruleId === 'test.rm' && f.origin === 'prose'));
    const warned = run('chat', 'Never run `rm -rf /` on a server.\n', 4).session;
    assert.equal(warned.findings.length, 0);
  });

  it('does not analyse the fence lines or prose as code', () => {
    const text = 'eval(x) is how you would NOT do it.\n\n```python\nprint("ok")\n```\n';
    const { session } = run('chat', text, 5);
    assert.equal(session.findings.filter(f => f.ruleId === 'test.eval').length, 0);
  });

  it('keeps only commands of a console transcript', () => {
    const text = '```console\n$ ls\nrm -rf / \n$ echo done\n```\n';
    const { session } = run('chat', text, 3);
    assert.equal(session.findings.length, 0, 'output lines are not commands');
  });
});

describe('tool calls written into the answer (Cline, Roo Code)', () => {
  const chunkSizes = [1, 3, 7, 1000];
  const findingsOf = (text: string, chunk: number) => run('chat', text, chunk).session.findings.filter(f => f.status !== 'withdrawn');

  it('checks a <command> as bash, on one line or several, at its stream offsets', () => {
    for (const text of [
      'Cleaning up.\n\n<execute_command>\n<command>sudo rm -rf / </command>\n<requires_approval>false</requires_approval>\n</execute_command>\n',
      'Cleaning up.\n\n<execute_command>\n<command>\ncd /tmp &&\n  sudo rm -rf / \n</command>\n</execute_command>\n',
    ]) {
      for (const chunk of chunkSizes) {
        const f = findingsOf(text, chunk).find(x => x.ruleId === 'test.rm');
        assert.equal(f?.origin, 'bash', `chunk ${chunk}: ${JSON.stringify(text)}`);
        assert.equal(text.slice(f.start.offset, f.end.offset), 'rm -rf /');
      }
    }
  });

  it('checks a file written with <content> in the language of its <path>', () => {
    const text = 'Writing it.\n\n<write_to_file>\n<path>src/app.py</path>\n<content>\nimport os\nresult = eval(user_input)\n</content>\n</write_to_file>\n\nDone.\n';
    for (const chunk of chunkSizes) {
      const f = findingsOf(text, chunk).find(x => x.ruleId === 'test.eval');
      assert.equal(f?.origin, 'python', `chunk ${chunk}`);
      assert.equal(f.status, 'confirmed');
      assert.equal(text.slice(f.start.offset, f.end.offset), 'eval(user_input)');
    }
    const other = 'Writing it.\n\n<write_to_file>\n<path>notes.txt</path>\n<content>\nresult = eval(user_input)\n</content>\n</write_to_file>\n';
    assert.equal(findingsOf(other, 4).filter(f => f.ruleId === 'test.eval').length, 0, 'a .txt file is not Python');
  });

  it('checks only the REPLACE halves of a <diff>: the SEARCH half is the old text', () => {
    const diff = (search: string, replace: string) => `Fixing it.\n\n<replace_in_file>\n<path>app.py</path>\n<diff>\n------- SEARCH\n${search}\n=======\n${replace}\n+++++++ REPLACE\n</diff>\n</replace_in_file>\n`;
    for (const chunk of chunkSizes) {
      const introduced = diff('value = int(data)', 'value = eval(data)');
      const f = findingsOf(introduced, chunk).find(x => x.ruleId === 'test.eval');
      assert.equal(f?.origin, 'python', `introduced, chunk ${chunk}`);
      assert.equal(introduced.slice(f.start.offset, f.end.offset), 'eval(data)');
      assert.equal(findingsOf(diff('value = eval(data)', 'value = int(data)'), chunk).length, 0, `removed, chunk ${chunk}`);
    }
  });

  it('reads <command> and <content> as code only inside an agent tool call', () => {
    const html = 'An element of your own:\n\n<content>\nresult = eval(user_input)\n</content>\n\n<command>sudo rm -rf / </command>\n';
    for (const chunk of chunkSizes) assert.equal(findingsOf(html, chunk).filter(f => f.origin !== 'prose').length, 0, `chunk ${chunk}`);
    const after = 'Done.\n\n<execute_command>\n<command>ls</command>\n</execute_command>\n\n<command>sudo rm -rf / </command>\n';
    assert.equal(findingsOf(after, 5).filter(f => f.origin === 'bash').length, 0, 'the call ended before the second tag');
  });

  it('leaves tags that are not at the start of a line to the prose rules', () => {
    const text = 'Cline puts commands in a <command>rm -rf / </command> tag; never run that one.\n';
    assert.equal(findingsOf(text, 4).filter(f => f.origin === 'bash').length, 0);
  });

  it('holds back a line that may open a tool argument until it is complete', () => {
    const session = engine.createSession({ kind: 'chat' });
    session.push('Running it.\n\n<execute_command>\n<comm');
    assert.ok(session.settledLength() <= 'Running it.\n\n<execute_command>\n'.length, 'the partial tag is not settled');
    session.push('and>sudo rm -rf / </command>\n');
    session.end();
    assert.ok(session.findings.some(f => f.ruleId === 'test.rm' && f.origin === 'bash'));
  });
});

describe('chat offsets after code blocks', () => {
  it('places prose findings after a fenced block at their stream offsets', async () => {
    const e = (await testEngine()).withRules(RULES);
    for (const text of [
      'Intro.\n\n```python\nx = 1\ny = 2\n```\n\nNow run `rm -rf /` please.\n',
      'Intro.\n\n```\nplain text block\n```\n\nThen run `rm -rf /` and wait.\n',
    ]) {
      for (const chunk of [1, 5, text.length]) {
        const s = e.createSession({ kind: 'chat' });
        for (let i = 0; i < text.length; i += chunk) s.push(text.slice(i, i + chunk));
        s.end();
        const f = s.findings.find(x => x.ruleId === 'test.rm');
        assert.ok(f, `found at chunk ${chunk}`);
        assert.equal(text.slice(f.start.offset, f.end.offset), 'rm -rf /', `offsets at chunk ${chunk}`);
      }
    }
  });
});
