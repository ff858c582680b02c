import * as assert from 'node:assert/strict';
import { completionHints, guessLanguage, splitFimPrompt } from '../../../src/proxy/languageHint';
import { routeFor } from '../../../src/proxy/routes';
import { alarmWarning, fenceCloser } from '../../../src/proxy/warning';

describe('proxy: language hints of completion requests', () => {
  const SNIPPETS: [string, string][] = [
    ['python', 'import os\n\ndef main(argv):\n    for a in argv:\n        print(a)\n'],
    ['python', 'class Store:\n    def __init__(self):\n        self.items = []\n'],
    ['javascript', "const fs = require('fs');\nmodule.exports = function read(p) {\n  return fs.readFileSync(p, 'utf8');\n};\n"],
    ['typescript', "export interface User {\n  id: number;\n}\nexport function name(u: User): string {\n  return String(u.id);\n}\n"],
    ['java', 'package app;\n\nimport java.util.List;\n\npublic class Main {\n    public static void main(String[] args) {\n        System.out.println("hi");\n    }\n}\n'],
    ['c', '#include <stdio.h>\n#include <stdlib.h>\n\nint main(void) {\n    char *buf = malloc(10);\n    printf("%s", buf);\n}\n'],
    ['cpp', '#include <iostream>\n#include <vector>\n\nint main() {\n    std::vector<int> v;\n    std::cout << v.size() << std::endl;\n}\n'],
    ['csharp', 'using System;\n\nnamespace App {\n    public class Program {\n        public static void Main() { Console.WriteLine("x"); }\n    }\n}\n'],
    ['go', 'package main\n\nimport (\n\t"fmt"\n)\n\nfunc main() {\n\tx, err := run()\n\tif err != nil {\n\t\tfmt.Println(err)\n\t}\n}\n'],
    ['rust', 'use std::io;\n\nfn main() {\n    let mut s = String::new();\n    io::stdin().read_line(&mut s).unwrap();\n}\n'],
    ['php', '<?php\n$name = $_GET["name"];\necho $name;\n'],
    ['ruby', "require 'json'\n\nclass Greeter\n  def hello(name)\n    puts \"hi #{name}\"\n  end\nend\n"],
    ['bash', '#!/bin/bash\nset -e\nif [ -z "$1" ]; then\n  echo "usage"\nfi\n'],
  ];
  for (const [language, text] of SNIPPETS) {
    it(`guesses ${language}`, () => assert.equal(guessLanguage(text), language));
  }

  it('does not guess from prose or from nothing', () => {
    assert.equal(guessLanguage('Write a short poem about the sea.'), undefined);
    assert.equal(guessLanguage(''), undefined);
  });

  it('takes the language from a field or a file path before guessing', () => {
    assert.deepEqual(completionHints({ prompt: 'def f():\n', language: 'typescriptreact' }).language, 'tsx');
    assert.equal(completionHints({ prompt: 'x', metadata: { filepath: '/src/a.go' } }).language, 'go');
    const h = completionHints({ prompt: '# Path: tools/run.rb\nx = 1\n' });
    assert.equal(h.language, 'ruby');
    assert.equal(h.source, 'prompt-path');
  });

  it('removes fill-in-the-middle markup and finds the current file', () => {
    assert.deepEqual(splitFimPrompt('<|fim_prefix|>def f():\n<|fim_suffix|>\nreturn 1<|fim_middle|>'), { prefix: 'def f():\n', path: undefined });
    assert.deepEqual(splitFimPrompt('<|repo_name|>r\n<|file_sep|>a.py\nx = 1\n<|file_sep|>src/b.ts\n<|fim_prefix|>const a = 1;\n<|fim_suffix|><|fim_middle|>'), { prefix: 'const a = 1;\n', path: 'src/b.ts' });
    assert.deepEqual(splitFimPrompt('<fim_prefix><filename>lib/x.rs\nfn a() {\n<fim_suffix>}\n<fim_middle>'), { prefix: 'fn a() {\n', path: 'lib/x.rs' });
    assert.deepEqual(splitFimPrompt('[SUFFIX]\n}\n[PREFIX]+++++ other.py\nimport os\n+++++ app/main.go\nfunc main() {\n'), { prefix: 'func main() {\n', path: 'app/main.go' });
    assert.deepEqual(splitFimPrompt('<PRE> int x = <SUF>;\n <MID>'), { prefix: 'int x = ', path: undefined });
    assert.deepEqual(splitFimPrompt('<｜fim▁begin｜>x = <｜fim▁hole｜>\n<｜fim▁end｜>'), { prefix: 'x = ', path: undefined });
    const h = completionHints({ prompt: '<|file_sep|>src/b.ts\n<|fim_prefix|>const a = 1;\n<|fim_suffix|><|fim_middle|>' });
    assert.equal(h.language, 'typescript');
    assert.equal(h.prefix, 'const a = 1;\n');
  });
});

describe('proxy: routes and warnings', () => {
  it('routes the relayed paths and refuses the rest', () => {
    assert.equal(routeFor('/v1/chat/completions')?.kind, 'chat');
    assert.equal(routeFor('/chat/completions')?.upstreamPath, '/v1/chat/completions');
    assert.equal(routeFor('/v1/completions')?.kind, 'code');
    assert.equal(routeFor('/api/generate')?.kind, 'code');
    assert.equal(routeFor('/v1/models/gpt-4o')?.kind, 'passthrough');
    assert.equal(routeFor('/v1/embeddings'), undefined);
    assert.equal(routeFor('/api/pull'), undefined);
  });

  it('closes an open code block before the warning of a chat answer', () => {
    assert.equal(fenceCloser('text\n```python\nx = 1\n'), '```\n');
    assert.equal(fenceCloser('```js\na\n```\n'), '');
    assert.equal(fenceCloser('~~~~\n```\n'), '~~~~\n');
    const alarm = { ruleId: 'r', cwe: 'CWE-78', message: 'bad.', offset: 0, at: null, safety: 0.1, threshold: 0.5, findings: [] };
    assert.equal(alarmWarning(alarm, 'chat', undefined, 'See:\n```sh\nls'), '\n```\n\n> **Vigil stopped this answer:** bad (r, CWE-78). The rest was withheld.\n');
    assert.equal(alarmWarning(alarm, 'code', 'python', 'x = 1\n'), '# Vigil stopped this completion: bad (r, CWE-78). The rest was withheld.\n');
  });
});
