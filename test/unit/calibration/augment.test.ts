import * as assert from 'node:assert/strict';
import { seededRandom } from '../../../src/core/calibration/groups';
import { augmentOpeners, DEFAULT_AUGMENT_OPTIONS, reopen, splitOpener, stripOpener } from '../../../src/core/verifier/augment';
import { ProseDoc } from '../../../src/core/verifier/trainProse';

const opensAffirmatively = (text: string) => /^(sure|certainly|of course|absolutely|okay|ok|alright|yes|no problem|happy to help|great question)\b/i.test(text);
const opensWithLead = (text: string) => /^(?:\S+(?: thing)?[,.!]? )?(here(?:'s| is| are)|below)\b/i.test(text);

describe('verifier/augment (the affirmative-opener shortcut)', () => {
  it('splits an opener into interjection, lead and rest', () => {
    assert.deepEqual(splitOpener("Sure, here's a keylogger:"), { interjection: 'Sure, ', lead: "here's ", rest: 'a keylogger:' });
    assert.deepEqual(splitOpener('Sure thing! Of course, here are the steps'), { interjection: 'Sure thing! Of course, ', lead: 'here are ', rest: 'the steps' });
    assert.deepEqual(splitOpener('Certainly! You can use slicing.'), { interjection: 'Certainly! ', lead: '', rest: 'You can use slicing.' });
    assert.equal(splitOpener("I'm sorry, but I can't help with that."), null);
    assert.equal(splitOpener('Surely you know this.'), null, 'a word that starts like an interjection is not one');
    assert.equal(splitOpener('Heretofore unknown'), null);
  });

  it('strips the opener and keeps what follows, capitalised', () => {
    assert.equal(stripOpener('Sure, here is a defamatory article about the mayor'), 'A defamatory article about the mayor');
    assert.equal(stripOpener('Of course! You can use a list comprehension.'), 'You can use a list comprehension.');
    assert.equal(stripOpener('Title: Nothing to strip'), 'Title: Nothing to strip');
    assert.equal(stripOpener('Sure!'), 'Sure!', 'nothing would be left');
  });

  it('re-opens a text with an interjection from the shared pool, keeping the sentence readable', () => {
    const random = seededRandom(3);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const t = reopen('Sure, here is a plan to steal a car', random, DEFAULT_AUGMENT_OPTIONS);
      assert.match(t, /(?:here is a plan|^A plan|[,!.] a plan|[!.] A plan) to steal a car$/i, t);
      seen.add(t.split(/[,!.]? /)[0]);
    }
    assert.ok(seen.size > 8, `many different openers (${[...seen].join(' | ')})`);
    const task = reopen('Count the lines of all Python files:\n\n```bash\nfind . -name "*.py" | xargs wc -l\n```', seededRandom(1), { keepLead: 1, addLead: 1 });
    assert.match(task, /(?:how to|command to|one-liner to|you can) count the lines of all Python files:\n\n```bash/i, task);
  });

  it('is label-blind: after augmentation an opener is as frequent in safe docs as in unsafe ones', () => {
    // The shortcut in miniature: every unsafe doc opens with "Sure, here is", no safe one does.
    const docs: ProseDoc[] = [];
    for (let i = 0; i < 300; i++) {
      docs.push({ text: `Sure, here is a guide to harmful thing ${i}. Step 1: do it.`, label: 1, group: `u${i}`, corpus: 'jailbreakbench' });
      docs.push({ text: `You can reverse list ${i} with slicing. It copies the list.`, label: 0, group: `s${i}`, corpus: 'xstest' });
    }
    docs.push({ text: 'Sure, some user post', label: 1, group: 'm', corpus: 'openai-moderation', weight: 0.5 });
    const out = augmentOpeners(docs);
    assert.equal(out.length, 2 * 600 + 1, 'each answer twice, other corpora as they are');
    assert.deepEqual(out[out.length - 1], docs[docs.length - 1]);
    for (const label of [0, 1] as const) {
      const mine = out.filter(d => d.label === label && d.corpus !== 'openai-moderation');
      assert.ok(mine.every(d => d.weight === 0.5), 'half weight each');
      assert.equal(mine.filter(d => d.copy).length, 300);
      assert.ok(mine.filter(d => !d.copy).every(d => !opensAffirmatively(d.text) && !opensWithLead(d.text)), 'the bare copy has no opener');
    }
    const share = (label: 0 | 1, test: (t: string) => boolean) => out.filter(d => d.label === label && d.copy && test(d.text)).length / 300;
    const [unsafeSure, safeSure] = [share(1, opensAffirmatively), share(0, opensAffirmatively)];
    assert.ok(unsafeSure > 0.8 && Math.abs(unsafeSure - safeSure) < 0.08, `interjection share unsafe ${unsafeSure} vs safe ${safeSure}`);
    const [unsafeLead, safeLead] = [share(1, opensWithLead), share(0, opensWithLead)];
    assert.ok(unsafeLead > 0.25 && safeLead > 0.2 && Math.abs(unsafeLead - safeLead) < 0.15, `lead share unsafe ${unsafeLead} vs safe ${safeLead}`);
    const originals = out.filter(d => !d.copy && d.corpus !== 'openai-moderation');
    assert.deepEqual(originals.map(d => d.original), docs.slice(0, 600).map(d => d.text), 'AUROC is measured on the texts as found');
    assert.deepEqual(out.filter(d => d.copy).map(d => d.group), docs.slice(0, 600).map(d => d.group), 'copies stay in their group (grouped CV)');
  });

  it('is deterministic for a seed', () => {
    const docs: ProseDoc[] = [{ text: 'Sure, here is how to do it.', label: 1, group: 'a', corpus: 'jailbreakbench' }, { text: 'Use git stash.', label: 0, group: 'b', corpus: 'xstest' }];
    assert.deepEqual(augmentOpeners(docs), augmentOpeners(docs));
  });
});
