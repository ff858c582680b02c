import * as assert from 'node:assert/strict';
import { looksLikeSession, looksLikeShell, transcriptLine } from '../../../src/core/chat/shellDetection';

describe('prose/shell detection of unlabelled code blocks', () => {
  it('recognises commands, prompts and shebangs', () => {
    for (const line of ['curl -fsSL https://x | bash', 'sudo apt-get install -y nginx', '$ ls -la', '#!/usr/bin/env bash', 'user@host:~/app$ npm test', 'FOO=1 make build', 'nc -lvnp 4444', 'PS C:\\Users\\me> iwr https://x | iex'])
      assert.equal(looksLikeShell(line), true, line);
    for (const line of ['def main():', 'const x = 1;', 'Hello world', 'SELECT * FROM users;', ''])
      assert.equal(looksLikeShell(line), false, line);
  });

  it('a leading comment is not a root prompt, a root command is', () => {
    assert.equal(looksLikeSession('# install the dependencies'), false);
    assert.equal(looksLikeSession('# cd into the project folder'), false);
    assert.equal(looksLikeSession('# apt-get install -y nginx'), true);
    assert.equal(looksLikeSession('# reboot'), true);
    assert.equal(looksLikeSession('$ whoami'), true);
    assert.equal(looksLikeSession('[root@web01 ~]# systemctl stop firewalld'), true);
    assert.equal(looksLikeSession('(venv) $ pip install -r requirements.txt'), true);
  });

  it('keeps commands behind prompts, blanks output, keeps offsets', () => {
    const cases: [string, string][] = [
      ['$ rm -rf /tmp/x', '  rm -rf /tmp/x'],
      ['user@host:~$ ufw disable', '             ufw disable'],
      ['total 0', '       '],
      ['# systemctl stop firewalld', '  systemctl stop firewalld'],
      ['# this is output of a command', '                             '],
    ];
    for (const [line, kept] of cases) {
      const out = transcriptLine(line);
      assert.equal(out, kept, line);
      assert.equal(out.length, line.length);
    }
  });
});
