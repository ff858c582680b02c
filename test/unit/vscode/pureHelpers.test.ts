import * as assert from 'node:assert/strict';
import { addedText, lineCount, onlyWhitespaceChanged } from '../../../src/vscode/capture/insertion';
import { FenceTracker } from '../../../src/vscode/guards/fences';

describe('capture helpers', () => {
  it('records only what a replacement added', () => {
    // An accepted suggestion that rewrites the typed "pri" of the line as "print(x)".
    assert.deepEqual(addedText(10, 'pri', 'print(x)'), { offset: 13, text: 'nt(x)' });
    assert.deepEqual(addedText(0, '', 'abc'), { offset: 0, text: 'abc' });
    assert.deepEqual(addedText(5, 'foo()', 'foo(bar)'), { offset: 9, text: 'bar' });
  });

  it('recognises a reformat', () => {
    assert.equal(onlyWhitespaceChanged('a=1;\nb=2', 'a = 1;\n  b = 2\n'), true);
    assert.equal(onlyWhitespaceChanged('a=1', 'a=2'), false);
    assert.equal(lineCount('a\nb\nc'), 3);
  });
});

describe('fence tracker', () => {
  it('closes a fence left open by a stopped answer', () => {
    const t = new FenceTracker();
    t.feed('Run:\n\n```bash\nls\n');
    assert.equal(t.closer(), '```\n');
    t.feed('```\nDone');
    assert.equal(t.closer(), '\n');
  });

  it('follows fences fed in pieces', () => {
    const t = new FenceTracker();
    for (const c of 'text\n~~~~py\nx = 1\n~~~~\n') t.feed(c);
    assert.equal(t.closer(), '');
  });
});
