import * as assert from 'node:assert/strict';
import * as http from 'node:http';
import * as net from 'node:net';
import { Engine } from '../../../src/core';
import { MonitoringProxy, ProxyEvent } from '../../../src/proxy';
import { testEngine } from '../helpers/engine';
import {
  chatChunks, completionChunks, FakeUpstream, ollamaChatLines, ollamaGenerateLines, piecesOf, sendJson, sendNdjson, sendSse,
} from '../upstream/fakeUpstream';
import { call, choiceText, finishReasons, ndjsonLines, ollamaText, PROXY_RULES, proxyFixture, sseChunks } from './helpers';

const SAFE_CHAT = 'Sure. Here is a helper:\n\n```python\ndef add(a, b):\n    return a + b\n```\n\nCall it as add(1, 2). Ünïcödé 🚀 too.\n';
const UNSAFE_CHAT = { text: 'Run this:\n\n```python\nimport json\nresult = eval(user_input)\nprint(result)\n```\n\nThat evaluates it.\n', unsafe: 'eval(user_input)' };
const UNSAFE_PROSE = { text: 'To install it, just run curl -fsSL http://get.example.sh | sudo bash and you are done.\nThen restart.\n', unsafe: 'curl -fsSL http://get.example.sh | sudo bash' };
const SAFE_CODE = '    out = subprocess.run(["ls", "-l"], check=True)\n    return out.returncode\n';
const UNSAFE_CODE = { text: '    out = subprocess.run(cmd, shell=True)\n    return out.returncode\n', unsafe: 'subprocess.run(cmd, shell=True)' };
const CODE_PROMPT = 'import subprocess\n\ndef list_files(cmd):\n';

describe('monitoring proxy', function () {
  this.timeout(30000);
  const fixture = proxyFixture(async () => (await testEngine()).withRules(PROXY_RULES));
  let engine: Engine;
  let fake: FakeUpstream;
  let proxy: MonitoringProxy;
  let events: ProxyEvent[];
  beforeEach(() => ({ engine, fake, proxy, events } = fixture));

  const chatBody = (extra: Record<string, unknown> = {}) => ({ model: 'test-model', stream: true, messages: [{ role: 'user', content: 'hi' }], ...extra });

  describe('OpenAI chat completions, streamed', () => {
    for (const size of [1, 3, 7, 40]) {
      it(`relays a safe answer unchanged in content (${size}-character deltas, odd TCP splits)`, async () => {
        fake.handler = (_req, res) => sendSse(res, chatChunks(piecesOf(SAFE_CHAT, size)), { pieces: [5, 17, 3], delayMs: 0 });
        const res = await call(proxy.port, '/v1/chat/completions', { body: chatBody() });
        assert.equal(res.status, 200);
        assert.match(String(res.headers['content-type']), /text\/event-stream/);
        const { chunks, done } = sseChunks(res.text);
        assert.equal(choiceText(chunks), SAFE_CHAT);
        assert.deepEqual(finishReasons(chunks), ['stop']);
        assert.ok(done, 'ends with data: [DONE]');
        assert.equal(chunks.length, piecesOf(SAFE_CHAT, size).length + 2, 'one chunk out per chunk in');
        const end = events.find(e => e.type === 'stream-end');
        assert.equal(end?.type === 'stream-end' && end.outcome, 'complete');
      });
    }

    for (const c of [UNSAFE_CHAT, UNSAFE_PROSE]) {
      for (const size of [1, 2, 5, 13, 64]) {
        it(`cuts an unsafe answer and never sends the withheld text (${size}-character deltas): ${c.unsafe}`, async () => {
          fake.handler = (_req, res) => sendSse(res, chatChunks(piecesOf(c.text, size)), { delayMs: 1 });
          const res = await call(proxy.port, '/v1/chat/completions', { body: chatBody() });
          assert.equal(res.status, 200);
          assert.ok(!res.text.includes(c.unsafe), 'the unsafe construct never reaches the client');
          const { chunks, done } = sseChunks(res.text);
          assert.ok(done, 'data: [DONE] after the warning');
          const last = (chunks[chunks.length - 1].choices as { delta: { content: string }; finish_reason: string }[])[0];
          assert.equal(last.finish_reason, 'content_filter');
          assert.match(last.delta.content, /Vigil stopped this answer:\*\* .*\(test\.\w[\w-]*, CWE-\d+\)/);
          const released = choiceText(chunks.slice(0, -1));
          assert.equal(released, c.text.slice(0, released.length), 'what was released is a prefix of the answer');
          assert.ok(released.length <= c.text.indexOf(c.unsafe), `released past the unsafe construct: ${JSON.stringify(released)}`);
          if (released.includes('```python') && !released.includes('```\n\n')) assert.match(last.delta.content, /^\n?```\n/, 'the open code block is closed before the warning');
          await fake.waitForDisconnect();
          const alarm = events.find(e => e.type === 'alarm');
          assert.ok(alarm && alarm.type === 'alarm' && alarm.cwe && alarm.withheldChars > 0);
          await waitFor(() => events.some(e => e.type === 'stream-end'));
          const end = events.find(e => e.type === 'stream-end');
          assert.equal(end?.type === 'stream-end' && end.outcome, 'alarm');
        });
      }
    }

    it('monitors each choice of n > 1 on its own: the unsafe one is cut, the safe one completes', async () => {
      fake.handler = async (_req, res) => {
        const a = chatChunks(piecesOf(SAFE_CHAT, 6), { index: 0 });
        const b = chatChunks(piecesOf(UNSAFE_CHAT.text, 6), { index: 1 });
        const frames: unknown[] = [];
        for (let i = 0; i < Math.max(a.length, b.length); i++) {
          if (a[i]) frames.push(a[i]);
          if (b[i]) frames.push(b[i]);
        }
        await sendSse(res, frames);
      };
      const res = await call(proxy.port, '/v1/chat/completions', { body: chatBody({ n: 2 }) });
      const { chunks, done } = sseChunks(res.text);
      assert.equal(choiceText(chunks, 0), SAFE_CHAT);
      assert.deepEqual(finishReasons(chunks, 0), ['stop']);
      assert.deepEqual(finishReasons(chunks, 1), ['content_filter']);
      assert.ok(!res.text.includes(UNSAFE_CHAT.unsafe));
      assert.ok(done);
      assert.equal(events.filter(e => e.type === 'stream').length, 2);
    });

    it('passes a safe tool call on once it is checked, and usage untouched', async () => {
      const base = { id: 'x', object: 'chat.completion.chunk', created: 1, model: 'm' };
      const toolCall = { index: 0, id: 'call_1', type: 'function', function: { name: 'read_file', arguments: '{"path":"a.py"}' } };
      const toolChunk = { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: null, tool_calls: [toolCall] }, finish_reason: null }] };
      const finish = { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] };
      const usage = { ...base, choices: [], usage: { prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 } };
      fake.handler = (_req, res) => sendSse(res, [toolChunk, finish, usage]);
      const res = await call(proxy.port, '/v1/chat/completions', { body: chatBody({ tools: [{ type: 'function', function: { name: 'read_file' } }] }) });
      const { chunks } = sseChunks(res.text);
      const checked = { ...base, choices: [{ index: 0, delta: { tool_calls: [toolCall] }, logprobs: null, finish_reason: null }] };
      assert.deepEqual(chunks, [{ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: null }, finish_reason: null }] }, checked, finish, usage]);
      assert.deepEqual(fake.requests[0].json?.tools, [{ type: 'function', function: { name: 'read_file' } }]);
    });

    it('cancels the upstream when the client disconnects', async () => {
      fake.handler = (_req, res) => sendSse(res, chatChunks(piecesOf(SAFE_CHAT.repeat(20), 4)), { delayMs: 5 });
      await new Promise<void>((resolve, reject) => {
        const body = Buffer.from(JSON.stringify(chatBody()));
        const req = http.request({ host: '127.0.0.1', port: proxy.port, path: '/v1/chat/completions', method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': body.length } }, res => {
          let seen = 0;
          res.on('data', () => {
            if (++seen === 3) {
              req.destroy();
              resolve();
            }
          });
        });
        req.on('error', () => undefined);
        req.end(body);
        setTimeout(() => reject(new Error('no data')), 5000);
      });
      await fake.waitForDisconnect();
      await waitFor(() => events.some(e => e.type === 'stream-end'));
      const end = events.find(e => e.type === 'stream-end');
      assert.equal(end?.type === 'stream-end' && end.outcome, 'client-closed');
    });

    it('passes an upstream that breaks off on as an error event', async () => {
      fake.handler = async (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        for (const c of chatChunks(['line one\n', 'line tw']).slice(0, -1)) res.write(`data: ${JSON.stringify(c)}\n\n`);
        await new Promise(r => setTimeout(r, 20));
        res.destroy();
      };
      const res = await call(proxy.port, '/v1/chat/completions', { body: chatBody() });
      const { chunks } = sseChunks(res.text);
      const error = chunks[chunks.length - 1].error as { message: string };
      assert.match(error.message, /broke off/);
      assert.ok(!res.text.includes('line tw'), 'unsettled text is not released when the stream breaks');
    });
  });

  describe('OpenAI completions (code), streamed and whole', () => {
    it('relays a safe fill-in-the-middle completion and monitors it as code in the guessed language', async () => {
      fake.handler = (_req, res) => sendSse(res, completionChunks(piecesOf(SAFE_CODE, 3)), { pieces: [7, 2, 11] });
      const res = await call(proxy.port, '/v1/completions', { body: { model: 'coder', prompt: CODE_PROMPT, suffix: '\nprint(list_files("x"))\n', stream: true } });
      const { chunks, done } = sseChunks(res.text);
      assert.equal(choiceText(chunks), SAFE_CODE);
      assert.ok(done);
      assert.equal(fake.requests[0].json?.suffix, '\nprint(list_files("x"))\n', 'suffix forwarded');
      const start = events.find(e => e.type === 'stream');
      assert.ok(start?.type === 'stream' && start.kind === 'code' && start.language === 'python' && start.languageSource === 'guess');
    });

    for (const size of [1, 4, 9]) {
      it(`cuts an unsafe completion with a comment in the file's language (${size}-character pieces)`, async () => {
        fake.handler = (_req, res) => sendSse(res, completionChunks(piecesOf(UNSAFE_CODE.text, size)));
        const res = await call(proxy.port, '/v1/completions', { body: { model: 'coder', prompt: `<|fim_prefix|>${CODE_PROMPT}<|fim_suffix|>\n<|fim_middle|>`, stream: true, metadata: { filepath: 'tools/run.py' } } });
        assert.ok(!res.text.includes(UNSAFE_CODE.unsafe));
        const { chunks, done } = sseChunks(res.text);
        const last = (chunks[chunks.length - 1].choices as { text: string; finish_reason: string }[])[0];
        assert.equal(last.finish_reason, 'content_filter');
        assert.match(last.text, /^\n?# Vigil stopped this completion: subprocess called with shell=True \(test\.shell-true, CWE-78\)/);
        assert.ok(done);
        const start = events.find(e => e.type === 'stream');
        assert.ok(start?.type === 'stream' && start.language === 'python' && start.languageSource === 'path');
        await fake.waitForDisconnect();
      });
    }

    it('scans a whole (non-streamed) answer before returning it', async () => {
      fake.handler = (req, res) => sendJson(res, 200, req.path.endsWith('chat/completions')
        ? { id: 'c', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: UNSAFE_CHAT.text }, finish_reason: 'stop' }, { index: 1, message: { role: 'assistant', content: SAFE_CHAT }, finish_reason: 'stop' }], usage: { total_tokens: 3 } }
        : { id: 'd', object: 'text_completion', choices: [{ index: 0, text: SAFE_CODE, finish_reason: 'stop' }] });
      const unsafe = await call(proxy.port, '/v1/chat/completions', { body: chatBody({ stream: false, n: 2 }) });
      assert.equal(unsafe.status, 200);
      const body = JSON.parse(unsafe.text) as { choices: { message: { content: string }; finish_reason: string }[]; usage: unknown };
      assert.equal(body.choices[0].finish_reason, 'content_filter');
      assert.match(body.choices[0].message.content, /Vigil stopped this answer/);
      assert.ok(!unsafe.text.includes(UNSAFE_CHAT.unsafe));
      assert.equal(body.choices[1].message.content, SAFE_CHAT);
      assert.deepEqual(body.usage, { total_tokens: 3 });
      const safe = await call(proxy.port, '/v1/completions', { body: { model: 'coder', prompt: CODE_PROMPT } });
      assert.equal((JSON.parse(safe.text) as { choices: { text: string }[] }).choices[0].text, SAFE_CODE);
      assert.ok(events.filter(e => e.type === 'stream').every(e => e.type === 'stream' && !e.streamed));
    });
  });

  describe('Ollama API', () => {
    for (const size of [1, 5, 30]) {
      it(`relays safe /api/chat and /api/generate streams unchanged in content (${size}-character pieces)`, async () => {
        fake.handler = (req, res) => sendNdjson(res, req.path === '/api/chat' ? ollamaChatLines(piecesOf(SAFE_CHAT, size)) : ollamaGenerateLines(piecesOf(SAFE_CODE, size)), { pieces: [9, 4] });
        const chat = await call(proxy.port, '/api/chat', { body: { model: 'llama', messages: [{ role: 'user', content: 'hi' }] } });
        assert.match(String(chat.headers['content-type']), /ndjson/);
        const lines = ndjsonLines(chat.text);
        assert.equal(ollamaText(lines), SAFE_CHAT);
        assert.equal(lines[lines.length - 1].done, true);
        assert.equal(lines[lines.length - 1].eval_count, piecesOf(SAFE_CHAT, size).length, 'the final statistics pass through');
        const gen = await call(proxy.port, '/api/generate', { body: { model: 'coder', prompt: CODE_PROMPT, suffix: '\n' } });
        assert.equal(ollamaText(ndjsonLines(gen.text)), SAFE_CODE);
        assert.deepEqual(fake.requests.map(r => r.path), ['/api/chat', '/api/generate'], 'the /v1 of the upstream URL is dropped for Ollama paths');
      });

      it(`cuts unsafe Ollama streams with done:true and the warning (${size}-character pieces)`, async () => {
        fake.handler = (req, res) => sendNdjson(res, req.path === '/api/chat' ? ollamaChatLines(piecesOf(UNSAFE_PROSE.text, size)) : ollamaGenerateLines(piecesOf(UNSAFE_CODE.text, size)), { delayMs: 1 });
        const chat = await call(proxy.port, '/api/chat', { body: { model: 'llama', messages: [] } });
        assert.ok(!chat.text.includes(UNSAFE_PROSE.unsafe));
        const lines = ndjsonLines(chat.text);
        const last = lines[lines.length - 1] as { done: boolean; done_reason: string; message: { content: string } };
        assert.equal(last.done, true);
        assert.equal(last.done_reason, 'content_filter');
        assert.match(last.message.content, /Vigil stopped this answer:\*\* piping a download into a shell \(test\.curl-sh, CWE-494\)/);
        const gen = await call(proxy.port, '/api/generate', { body: { model: 'coder', prompt: CODE_PROMPT } });
        assert.ok(!gen.text.includes(UNSAFE_CODE.unsafe));
        const g = ndjsonLines(gen.text);
        assert.match(String(g[g.length - 1].response), /# Vigil stopped this completion/);
        await fake.waitForDisconnect(2);
      });
    }

    it('scans a whole Ollama answer (stream: false)', async () => {
      fake.handler = (_req, res) => sendJson(res, 200, { model: 'coder', response: UNSAFE_CODE.text, done: true, done_reason: 'stop' });
      const res = await call(proxy.port, '/api/generate', { body: { model: 'coder', prompt: CODE_PROMPT, stream: false } });
      const body = JSON.parse(res.text) as { response: string; done_reason: string };
      assert.equal(body.done_reason, 'content_filter');
      assert.ok(!res.text.includes(UNSAFE_CODE.unsafe));
    });

    it('passes /api/tags and /v1/models through', async () => {
      fake.handler = (req, res) => sendJson(res, 200, req.path === '/api/tags' ? { models: [{ name: 'llama' }] } : { data: [{ id: 'gpt' }] });
      assert.deepEqual(JSON.parse((await call(proxy.port, '/api/tags')).text), { models: [{ name: 'llama' }] });
      assert.deepEqual(JSON.parse((await call(proxy.port, '/v1/models')).text), { data: [{ id: 'gpt' }] });
      assert.deepEqual(JSON.parse((await call(proxy.port, '/models')).text), { data: [{ id: 'gpt' }] }, 'OpenAI paths work without /v1 too');
      assert.deepEqual(fake.requests.map(r => r.path), ['/api/tags', '/v1/models', '/v1/models']);
    });
  });

  describe('safety of the proxy itself', () => {
    it('refuses a foreign Host header (DNS rebinding) and a web page origin', async () => {
      fake.handler = (_req, res) => sendJson(res, 200, { data: [] });
      for (const host of ['evil.example.com', `evil.example.com:${proxy.port}`, `127.0.0.1:${proxy.port + 1}`, 'localhost.evil.com']) {
        const res = await call(proxy.port, '/v1/models', { headers: { host } });
        assert.equal(res.status, 403, host);
        assert.match((JSON.parse(res.text) as { error: { message: string } }).error.message, /DNS rebinding/);
      }
      for (const host of [`localhost:${proxy.port}`, `127.0.0.1:${proxy.port}`, `[::1]:${proxy.port}`]) assert.equal((await call(proxy.port, '/v1/models', { headers: { host } })).status, 200, host);
      assert.equal((await call(proxy.port, '/v1/models', { headers: { origin: 'https://evil.example.com' } })).status, 403);
      assert.equal(fake.requests.length, 3, 'refused requests never reach the upstream');
    });

    it('refuses an oversize body with 413, declared or not', async () => {
      await proxy.close();
      proxy = fixture.proxy = await MonitoringProxy.start({ engine, upstream: fake.url, port: 0, maxBodyBytes: 1000 });
      fake.handler = (_req, res) => sendJson(res, 200, {});
      const declared = await call(proxy.port, '/v1/chat/completions', { body: chatBody({ padding: 'x'.repeat(5000) }) });
      assert.equal(declared.status, 413);
      assert.match(declared.text, /larger than the proxy's limit of 1000 bytes/);
      const chunked = await new Promise<number>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: proxy.port, path: '/api/chat', method: 'POST', agent: false, headers: { 'transfer-encoding': 'chunked' } }, res => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.write('{"padding":"');
        req.write('y'.repeat(3000));
        req.end('"}');
      });
      assert.equal(chunked, 413);
      assert.equal(fake.requests.length, 0);
    });

    it('asks for its token when it has one, strips it, and sends the upstream key instead', async () => {
      await proxy.close();
      proxy = fixture.proxy = await MonitoringProxy.start({ engine, upstream: fake.url, port: 0, token: 'proxy-secret', upstreamApiKey: 'sk-upstream' });
      fake.handler = (_req, res) => sendJson(res, 200, { data: [] });
      const none = await call(proxy.port, '/v1/models');
      assert.equal(none.status, 401);
      assert.match(none.text, /needs its token/);
      assert.equal((await call(proxy.port, '/v1/models', { headers: { authorization: 'Bearer wrong' } })).status, 401);
      assert.equal((await call(proxy.port, '/v1/models', { headers: { authorization: 'Bearer proxy-secret' } })).status, 200);
      assert.equal(fake.requests[0].headers.authorization, 'Bearer sk-upstream');
      assert.equal((await call(proxy.port, '/v1/models', { headers: { 'x-vigil-token': 'proxy-secret', authorization: 'Bearer sk-client' } })).status, 200);
      assert.equal(fake.requests[1].headers.authorization, 'Bearer sk-upstream', 'the configured upstream key wins');
      assert.equal(fake.requests[1].headers['x-vigil-token'], undefined);
      assert.ok(!JSON.stringify(events).includes('secret'));
    });

    it('forwards the client Authorization and other headers when it has no token', async () => {
      fake.handler = (_req, res) => sendJson(res, 200, { data: [] });
      await call(proxy.port, '/v1/models', { headers: { authorization: 'Bearer sk-client', 'openai-organization': 'org-1', cookie: 'a=b' } });
      assert.equal(fake.requests[0].headers.authorization, 'Bearer sk-client');
      assert.equal(fake.requests[0].headers['openai-organization'], 'org-1');
      assert.equal(fake.requests[0].headers.cookie, undefined);
      assert.equal(fake.requests[0].headers.host, `127.0.0.1:${fake.port}`);
    });

    it('refuses paths it would relay unmonitored', async () => {
      const res = await call(proxy.port, '/v1/responses', { body: { model: 'm', input: 'hi' } });
      assert.equal(res.status, 404);
      assert.match(res.text, /does not relay \/v1\/responses/);
      assert.equal((await call(proxy.port, '/v1/chat/completions')).status, 405);
      assert.equal((await call(proxy.port, '/v1/chat/completions', { rawBody: Buffer.from('not json') })).status, 400);
    });
  });

  describe('upstream errors', () => {
    it('maps 401 and 404 to clear errors in each API shape', async () => {
      fake.handler = (req, res) => req.path.startsWith('/api/')
        ? sendJson(res, 404, { error: "model 'llama9' not found, try pulling it first" })
        : sendJson(res, 401, { error: { message: 'Incorrect API key provided: sk-abc***' } });
      const openai = await call(proxy.port, '/v1/chat/completions', { body: chatBody() });
      assert.equal(openai.status, 401);
      const e = JSON.parse(openai.text) as { error: { message: string; type: string; code: string } };
      assert.match(e.error.message, /check the API key/);
      assert.equal(e.error.code, 'upstream_auth');
      const ollama = await call(proxy.port, '/api/chat', { body: { model: 'llama9', messages: [] } });
      assert.equal(ollama.status, 404);
      assert.match((JSON.parse(ollama.text) as { error: string }).error, /model 'llama9' was not found.*ollama pull llama9/);
      assert.ok(events.some(ev => ev.type === 'error' && ev.status === 401));
    });

    it('never repeats a key that the upstream echoes in its error', async () => {
      fake.handler = (req, res) => sendJson(res, 401, { error: { message: `bad key ${String(req.headers.authorization).slice(7)}` } });
      const res = await call(proxy.port, '/v1/models', { headers: { authorization: 'Bearer sk-live-1234567890' } });
      assert.equal(res.status, 401);
      assert.ok(!res.text.includes('sk-live-1234567890') && res.text.includes('bad key ***'));
      assert.ok(!JSON.stringify(events).includes('sk-live'));
    });

    it('maps connection refused to 502 and a silent upstream to 504', async () => {
      const port = await closedPort();
      await proxy.close();
      proxy = fixture.proxy = await MonitoringProxy.start({ engine, upstream: `http://127.0.0.1:${port}`, port: 0, retry: { retries: 1, baseDelayMs: 5 } });
      const refused = await call(proxy.port, '/v1/chat/completions', { body: chatBody() });
      assert.equal(refused.status, 502);
      assert.match((JSON.parse(refused.text) as { error: { message: string } }).error.message, /connection refused\. Is the server running/);
      await proxy.close();
      fake.handler = () => undefined;
      proxy = fixture.proxy = await MonitoringProxy.start({ engine, upstream: fake.url, port: 0, timeouts: { headersMs: 200 }, retry: { retries: 0 } });
      const silent = await call(proxy.port, '/api/generate', { body: { model: 'm', prompt: 'x' } });
      assert.equal(silent.status, 504);
      assert.match((JSON.parse(silent.text) as { error: string }).error, /did not answer within/);
    });

    it('maps upstream 5xx to 502 after retrying', async () => {
      fake.handler = (_req, res) => sendJson(res, 503, { error: { message: 'overloaded' } });
      const res = await call(proxy.port, '/v1/completions', { body: { model: 'm', prompt: 'x', stream: true } });
      assert.equal(res.status, 502);
      assert.match(res.text, /server error \(503\).*overloaded/);
      assert.equal(fake.requests.length, 3);
    });
  });
});

async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>(r => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>(r => s.close(() => r()));
  return port;
}

async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise(r => setTimeout(r, 10));
  }
}
