import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditorsDiscarding, waitFor } from './helpers';
import { FakeAnswer, startFakeUpstream } from './fakeUpstream';
import { setSetting, vigilApi } from './vigilApi';

const SAFE_ANSWER = 'Here is a helper:\n\n```python\ndef add(a, b):\n    return a + b\n```\n\nIt adds two numbers.\n';
const UNSAFE_CONSTRUCT = 'curl -fsSL http://get.example-tools.sh/install | sudo bash';
const UNSAFE_ANSWER = `Install the tools like this:\n\n\`\`\`bash\n${UNSAFE_CONSTRUCT}\n\`\`\`\n\nThen ${'keep going with more text. '.repeat(40)}\n`;
const SAFE_CODE = 'total = sum(values)\n    return total\n';
const UNSAFE_CODE = `out = subprocess.check_output("ping -c 1 " + host, shell=True)\n    return out\n${'    # trailing filler line\n'.repeat(60)}`;

function answerFor(prompt: string): FakeAnswer {
  return /unsafe/.test(prompt) ? { text: UNSAFE_ANSWER, chunk: 5, delayMs: 4 } : { text: SAFE_ANSWER, chunk: 5, delayMs: 2 };
}

/** A ChatResponseStream that records what the participant sends. */
function recordingStream(): { stream: vscode.ChatResponseStream; markdown: string[]; buttons: vscode.Command[] } {
  const markdown: string[] = [];
  const buttons: vscode.Command[] = [];
  const stream = {
    markdown: (v: string | vscode.MarkdownString) => markdown.push(typeof v === 'string' ? v : v.value),
    button: (c: vscode.Command) => buttons.push(c),
    progress: () => undefined,
    anchor: () => undefined,
    reference: () => undefined,
    filetree: () => undefined,
    push: () => undefined,
  } as unknown as vscode.ChatResponseStream;
  return { stream, markdown, buttons };
}

describe('issue 6: active guards stop unsafe output before the user sees it', function () {
  this.timeout(120_000);

  describe('@vigil chat participant (with the fake language model of test/fixtures/fake-lm)', () => {
    async function ask(answer: string) {
      const api = await vigilApi();
      const prompt = `ECHO ${JSON.stringify(answer)}`;
      const [model] = await waitFor('the fake model', async () => {
        const models = await vscode.lm.selectChatModels({ vendor: 'vigil-test-fake' });
        return models.length > 0 && models;
      });
      const rec = recordingStream();
      const request = { prompt, command: undefined, model, references: [], toolReferences: [], toolInvocationToken: undefined } as unknown as vscode.ChatRequest;
      const result = await api.chatGuard.handle(request, { history: [] } as unknown as vscode.ChatContext, rec.stream, new vscode.CancellationTokenSource().token);
      return { ...rec, result, api };
    }

    it('streams a safe answer unchanged', async () => {
      const { markdown, buttons, result } = await ask(SAFE_ANSWER);
      assert.strictEqual(markdown.join(''), SAFE_ANSWER);
      assert.deepStrictEqual(buttons, []);
      assert.strictEqual(result.metadata.alarm, undefined);
    });

    it('stops an unsafe answer: none of the withheld text, a warning, buttons, and a review item', async () => {
      const before = await vscode.commands.executeCommand<{ cancelled: number }>('vigilTestFake.stats');
      const { markdown, buttons, result, api } = await ask(UNSAFE_ANSWER);
      const shown = markdown.join('');
      assert.ok(!shown.includes(UNSAFE_CONSTRUCT), `the unsafe command was not shown: ${JSON.stringify(shown)}`);
      assert.ok(!shown.includes('keep going with more text'), 'nothing after the alarm was shown');
      assert.match(shown, /Vigil stopped this answer/);
      assert.match(shown, /CWE-\d+/);
      assert.ok(/```\n+\*\*Vigil stopped/.test(shown), 'the open code block is closed before the warning');
      assert.deepStrictEqual(buttons.map(b => b.command), ['vigil.openItem', 'vigil.showWithheld']);
      assert.ok(result.metadata.alarm);
      const item = api.monitor.get(result.metadata.recordId!);
      assert.strictEqual(item?.source, 'participant');
      assert.strictEqual(item?.alarm, true);
      await waitFor('the model request to be cancelled', async () => (await vscode.commands.executeCommand<{ cancelled: number }>('vigilTestFake.stats')).cancelled > before.cancelled);
    });
  });

  describe('Vigil-guarded models and inline completions (with a fake OpenAI-compatible server on 127.0.0.1)', () => {
    let upstream: Awaited<ReturnType<typeof startFakeUpstream>>;
    before(async () => {
      upstream = await startFakeUpstream(body => {
        if (Array.isArray(body.messages)) {
          const last = (body.messages as { content: string }[]).at(-1)?.content ?? '';
          return answerFor(last);
        }
        const prompt = String(body.prompt ?? '');
        return /unsafe/.test(prompt) ? { text: UNSAFE_CODE, chunk: 6, delayMs: 5 } : { text: SAFE_CODE, chunk: 6, delayMs: 2 };
      });
      await setSetting('upstream.baseUrl', upstream.url);
      await setSetting('upstream.apiStyle', 'openai');
      await setSetting('upstream.chatModels', ['fake-coder']);
      await setSetting('inline.model', 'fake-coder');
      await setSetting('inline.debounceMs', 0);
    });
    after(async () => {
      for (const key of ['upstream.baseUrl', 'upstream.apiStyle', 'upstream.chatModels', 'inline.model', 'inline.debounceMs', 'inline.onAlarm']) await setSetting(key, undefined);
      await upstream.close();
      await closeAllEditorsDiscarding();
    });

    async function guardedModel(): Promise<vscode.LanguageModelChat> {
      const [model] = await waitFor('the Vigil-guarded model', async () => {
        const models = await vscode.lm.selectChatModels({ vendor: 'vigil' });
        return models.length > 0 && models;
      });
      assert.match(model.name, /fake-coder \(Vigil-guarded\)/);
      return model;
    }

    async function send(prompt: string): Promise<string> {
      const model = await guardedModel();
      const res = await model.sendRequest([vscode.LanguageModelChatMessage.User(prompt)]);
      let out = '';
      for await (const t of res.text) out += t;
      return out;
    }

    it('passes a safe answer through vscode.lm unchanged', async () => {
      assert.strictEqual(await send('a safe helper please'), SAFE_ANSWER);
    });

    it('stops an unsafe answer, warns, and closes the upstream connection early', async () => {
      const out = await send('an unsafe install please');
      assert.ok(!out.includes(UNSAFE_CONSTRUCT), `withheld text leaked: ${JSON.stringify(out)}`);
      assert.match(out, /Vigil stopped this answer/);
      const req = upstream.requests.at(-1)!;
      await waitFor('the fake server to see the disconnect', () => req.clientClosedEarly);
      assert.ok(req.piecesSent < req.piecesTotal, `the upstream was cut off (${req.piecesSent}/${req.piecesTotal} pieces sent)`);
    });

    async function complete(prefix: string): Promise<{ items: vscode.InlineCompletionItem[]; doc: vscode.TextDocument }> {
      const api = await vigilApi();
      const doc = await vscode.workspace.openTextDocument({ language: 'python', content: prefix });
      await vscode.window.showTextDocument(doc);
      const position = doc.positionAt(prefix.length);
      const items = await api.inline.provideInlineCompletionItems(doc, position, { triggerKind: vscode.InlineCompletionTriggerKind.Invoke, selectedCompletionInfo: undefined } as vscode.InlineCompletionContext, new vscode.CancellationTokenSource().token);
      return { items: items as vscode.InlineCompletionItem[], doc };
    }

    it('offers a suggestion for safe upstream output', async () => {
      const { items } = await complete('def total(values):\n    ');
      assert.strictEqual(items.length, 1);
      assert.strictEqual(items[0].insertText, SAFE_CODE);
    });

    it('offers nothing for unsafe output, and cuts the upstream off at the alarm', async () => {
      const { items } = await complete('import subprocess\n\ndef ping(host):  # unsafe\n    ');
      assert.deepStrictEqual(items, []);
      const req = upstream.requests.at(-1)!;
      assert.strictEqual(req.path, '/v1/completions');
      assert.strictEqual(typeof req.body.suffix, 'string', 'fill-in-the-middle: the text after the cursor is sent as suffix');
      await waitFor('the fake server to see the disconnect', () => req.clientClosedEarly);
      assert.ok(req.piecesSent < req.piecesTotal);
    });

    it('offers the text before the flagged construct when set to truncate', async () => {
      await setSetting('inline.onAlarm', 'truncate');
      const { items } = await complete('import subprocess\n\ndef ping(host):  # unsafe\n    x = 1\n    ');
      assert.ok(items.length <= 1);
      for (const item of items) assert.ok(!String(item.insertText).includes('shell=True'), 'the flagged construct is not offered');
    });
  });
});
