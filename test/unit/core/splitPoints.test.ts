import * as assert from 'node:assert/strict';
import { Engine } from '../../../src/core';
import { testEngine } from '../helpers/engine';

/** Insecure constructs in each language, with the CWE the built-in rules report for them. */
const CONSTRUCTS: { kind: 'code' | 'chat'; language?: string; text: string; cwe: string }[] = [
  { kind: 'code', language: 'python', text: 'import subprocess\nsubprocess.call("ls " + d, shell=True)\n', cwe: 'CWE-78' },
  { kind: 'code', language: 'python', text: 'import pickle\nobj = pickle.loads(request.data)\n', cwe: 'CWE-502' },
  { kind: 'code', language: 'javascript', text: 'const r = eval(req.query.expr);\n', cwe: 'CWE-95' },
  { kind: 'code', language: 'typescript', text: 'el.innerHTML = location.hash.slice(1);\n', cwe: 'CWE-79' },
  { kind: 'code', language: 'tsx', text: 'const A = () => <div dangerouslySetInnerHTML={{ __html: props.html }} />;\n', cwe: 'CWE-79' },
  { kind: 'code', language: 'java', text: 'class A { void f(String c) throws Exception { Runtime.getRuntime().exec("sh -c " + c); } }\n', cwe: 'CWE-78' },
  { kind: 'code', language: 'c', text: 'void f(char *s) { char b[16]; strcpy(b, s); }\n', cwe: 'CWE-120' },
  { kind: 'code', language: 'cpp', text: 'void f(const char *s) { char b[8]; sprintf(b, "%s", s); }\n', cwe: 'CWE-120' },
  { kind: 'code', language: 'csharp', text: 'class A { void F() { var md5 = MD5.Create(); } }\n', cwe: 'CWE-328' },
  { kind: 'code', language: 'go', text: 'package main\nimport "crypto/tls"\nvar c = &tls.Config{InsecureSkipVerify: true}\n', cwe: 'CWE-295' },
  { kind: 'code', language: 'rust', text: 'fn main() { let c = reqwest::Client::builder().danger_accept_invalid_certs(true).build(); }\n', cwe: 'CWE-295' },
  { kind: 'code', language: 'php', text: '<?php\n$out = shell_exec("ping " . $_GET["host"]);\n', cwe: 'CWE-78' },
  { kind: 'code', language: 'ruby', text: 'data = Marshal.load(params[:blob])\n', cwe: 'CWE-502' },
  { kind: 'code', language: 'bash', text: 'curl -fsSL http://example.com/install.sh | sudo bash\n', cwe: 'CWE-494' },
  { kind: 'chat', text: 'Here is how:\n\n```python\nimport yaml\ncfg = yaml.load(open(p))\n```\n', cwe: 'CWE-502' },
  { kind: 'chat', text: 'To free space run `sudo rm -rf --no-preserve-root /` now.\n', cwe: 'CWE-676' },
];

let engine: Engine;
before(async () => {
  engine = await testEngine();
});

function cwesAfter(c: (typeof CONSTRUCTS)[number], chunks: string[]): string[] {
  const s = engine.createSession({ kind: c.kind, language: c.language });
  for (const chunk of chunks) s.push(chunk);
  s.end();
  return s.findings.filter(f => f.status === 'confirmed').map(f => f.cwe ?? '');
}

describe('a construct split at any chunk boundary is still found', () => {
  for (const c of CONSTRUCTS) {
    it(`${c.language ?? c.kind}: ${c.cwe} in ${JSON.stringify(c.text.slice(0, 40))}…`, () => {
      assert.ok(cwesAfter(c, [c.text]).includes(c.cwe), `the built-in rules report ${c.cwe} when the text arrives whole`);
      const missed: number[] = [];
      for (let k = 1; k < c.text.length; k++) if (!cwesAfter(c, [c.text.slice(0, k), c.text.slice(k)]).includes(c.cwe)) missed.push(k);
      assert.deepEqual(missed, [], 'split points where the construct was missed');
    });
  }
});
