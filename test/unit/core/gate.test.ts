import * as assert from 'node:assert/strict';
import { Engine, RuleSet } from '../../../src/core';
import { HoldBackGate } from '../../../src/core/gate/holdBackGate';
import { testEngine } from '../helpers/engine';

const RULES = RuleSet.fromRaw([
  {
    id: 'gate.shell-true', languages: ['python'], severity: 'error', confidence: 'high', message: 'shell=True', cwe: ['CWE-78'],
    query: `(call function: (attribute object: (identifier) @m) arguments: (argument_list (keyword_argument name: (identifier) @k value: (true)))
      (#eq? @m "subprocess") (#eq? @k "shell")) @finding`,
  },
  {
    id: 'gate.eval', languages: ['javascript'], severity: 'error', confidence: 'high', message: 'eval', cwe: ['CWE-95'],
    query: '(call_expression function: (identifier) @f (#eq? @f "eval")) @finding',
  },
  {
    id: 'gate.pyeval', languages: ['python'], severity: 'error', confidence: 'high', message: 'eval', cwe: ['CWE-95'],
    query: '(call function: (identifier) @f (#eq? @f "eval")) @finding',
  },
  { id: 'gate.curl-sh', languages: ['bash', 'prose'], severity: 'error', confidence: 'high', message: 'curl | sh', cwe: ['CWE-494'], regex: 'curl\\s+[^|\\n]*\\|\\s*(sudo\\s+)?(ba)?sh\\b' },
]);

/** Unsafe streams, with the text of the construct that must never reach the user. */
const CASES: { name: string; kind: 'code' | 'chat'; language?: string; text: string; unsafe: string }[] = [
  { name: 'python one-liner', kind: 'code', language: 'python', text: 'import subprocess\nout = subprocess.run(cmd, shell=True)\nprint(out)\n', unsafe: 'subprocess.run(cmd, shell=True)' },
  { name: 'python call over several lines', kind: 'code', language: 'python', text: 'import subprocess\nsubprocess.run(\n    cmd,\n    shell=True,\n)\nprint("done")\n', unsafe: 'subprocess.run(\n    cmd,\n    shell=True,\n)' },
  { name: 'javascript eval', kind: 'code', language: 'javascript', text: 'const x = 1;\nconst y = eval(req.query.code);\nconsole.log(y);\n', unsafe: 'eval(req.query.code)' },
  { name: 'chat answer with a bash block', kind: 'chat', text: 'Sure! Install it like this:\n\n```bash\ncurl -fsSL http://get.example.sh | sudo bash\n```\n\nThat is all.\n', unsafe: 'curl -fsSL http://get.example.sh | sudo bash' },
  { name: 'chat answer with python', kind: 'chat', text: 'Here:\n\n```python\nresult = eval(user_input)\n```\n', unsafe: 'eval(user_input)' },
  { name: 'instruction in prose', kind: 'chat', text: 'To install, just run curl http://x.example/i.sh | sh and you are done.\n', unsafe: 'curl http://x.example/i.sh | sh' },
];

let engine: Engine;
before(async () => {
  engine = (await testEngine()).withRules(RULES);
});

function runGate(c: (typeof CASES)[number], chunks: string[], maxHoldChars?: number) {
  const gate = new HoldBackGate(engine.createSession({ kind: c.kind, language: c.language }), { maxHoldChars });
  let released = '';
  let alarms = 0;
  for (const chunk of chunks) {
    const r = gate.push(chunk);
    released += r.release;
    if (r.alarm) alarms++;
  }
  const r = gate.end();
  released += r.release;
  if (r.alarm) alarms++;
  return { gate, released, alarms };
}

describe('hold-back gate', () => {
  for (const c of CASES) {
    it(`never releases the unsafe construct, at any split point: ${c.name}`, () => {
      const unsafeStart = c.text.indexOf(c.unsafe);
      assert.ok(unsafeStart >= 0);
      const leaks: string[] = [];
      for (let k = 1; k < c.text.length; k++) {
        const { gate, released, alarms } = runGate(c, [c.text.slice(0, k), c.text.slice(k)]);
        if (alarms !== 1 || !gate.stopped) leaks.push(`split ${k}: no alarm`);
        else if (released.length > unsafeStart) leaks.push(`split ${k}: released ${JSON.stringify(released.slice(unsafeStart))}`);
        else assert.equal(released, c.text.slice(0, released.length), 'released text is a prefix of the stream');
      }
      assert.deepEqual(leaks, []);
    });

    it(`never releases the unsafe construct when streamed a character at a time: ${c.name}`, () => {
      const { gate, released } = runGate(c, [...c.text]);
      assert.ok(gate.stopped);
      assert.ok(released.length <= c.text.indexOf(c.unsafe), `released ${JSON.stringify(released)}`);
      assert.ok(gate.withheld.includes(c.unsafe.split('\n')[0]), 'the withheld text is kept for an explicit override');
      assert.equal(gate.alarm?.cwe, RULES.rules.find(r => r.id === gate.alarm?.ruleId)?.cwe[0]);
    });
  }

  it('releases a safe stream completely and unchanged, whatever the chunking', () => {
    const text = 'Here is a helper:\n\n```python\ndef add(a, b):\n    return a + b\n```\n\nIt adds two numbers. Call it with add(1, 2).\n';
    for (const size of [1, 3, 7, 64, text.length]) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      const { gate, released, alarms } = runGate({ name: 'safe', kind: 'chat', text, unsafe: '' }, chunks);
      assert.equal(alarms, 0);
      assert.equal(gate.stopped, false);
      assert.equal(released, text);
    }
  });

  it('releases settled lines while the stream goes on', () => {
    const gate = new HoldBackGate(engine.createSession({ kind: 'code', language: 'python' }));
    assert.equal(gate.push('x = 1\ny = 2\nz = ').release, 'x = 1\ny = 2\n');
    assert.equal(gate.push('3\n').release, 'z = 3\n');
  });

  it('holds back at most maxHoldChars of an unfinished line', () => {
    const gate = new HoldBackGate(engine.createSession({ kind: 'code', language: 'python' }), { maxHoldChars: 10 });
    const r = gate.push('value = "' + 'a'.repeat(50));
    assert.equal(gate.withheld.length, 10);
    assert.equal(r.release.length, 59 - 10);
  });
});
