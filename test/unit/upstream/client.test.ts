import * as assert from 'node:assert/strict';
import * as net from 'node:net';
import { StreamPart, UpstreamClient, UpstreamError } from '../../../src/core/upstream';
import { chatChunks, completionChunks, FakeUpstream, ollamaChatLines, ollamaGenerateLines, piecesOf, sendJson, sendNdjson, sendSse, writeInPieces } from './fakeUpstream';

const TEXT = 'Here is the fix: use `subprocess.run([...])` — no shell. Ünïcödé 🚀 survives splits.\nLine two.\n';

async function collect(parts: AsyncIterable<StreamPart>): Promise<StreamPart[]> {
  const out: StreamPart[] = [];
  for await (const p of parts) out.push(p);
  return out;
}

const textOf = (parts: StreamPart[], choice = 0) => parts.filter(p => p.type === 'text' && p.choice === choice).map(p => (p as { text: string }).text).join('');

async function rejects(promise: Promise<unknown>, kind: UpstreamError['kind'], pattern?: RegExp): Promise<UpstreamError> {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof UpstreamError, `expected an UpstreamError, got ${String(e)}`);
    assert.equal(e.kind, kind, e.message);
    if (pattern) assert.match(e.message, pattern);
    return e;
  }
  assert.fail('expected a rejection');
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>(r => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>(r => s.close(() => r()));
  return port;
}

describe('upstream client', () => {
  let fake: FakeUpstream;
  let client: UpstreamClient;
  beforeEach(async () => {
    fake = await FakeUpstream.start();
  });
  afterEach(async () => {
    client?.close();
    await fake.close();
  });

  for (const pieces of [[1], [3, 7, 2], [5, 11, 1, 13], [64], [100000]]) {
    it(`decodes an OpenAI chat stream split into pieces of ${pieces.join(',')} bytes`, async () => {
      fake.handler = (_req, res) => sendSse(res, chatChunks(piecesOf(TEXT, 4)), { pieces, delayMs: 0 });
      client = new UpstreamClient({ baseUrl: `${fake.url}/v1`, style: 'openai', apiKey: 'sk-test' });
      const parts = await collect(client.streamChat({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }));
      assert.equal(textOf(parts), TEXT);
      assert.deepEqual(parts[parts.length - 1], { type: 'finish', choice: 0, reason: 'stop' });
      const seen = fake.requests[0];
      assert.equal(seen.path, '/v1/chat/completions');
      assert.equal(seen.headers.authorization, 'Bearer sk-test');
      assert.equal(seen.json?.stream, true);
    });

    it(`decodes Ollama NDJSON split into pieces of ${pieces.join(',')} bytes`, async () => {
      fake.handler = (req, res) => sendNdjson(res, req.path === '/api/chat' ? ollamaChatLines(piecesOf(TEXT, 5)) : ollamaGenerateLines(piecesOf(TEXT, 3)), { pieces, delayMs: 0 });
      client = new UpstreamClient({ baseUrl: fake.url, style: 'ollama' });
      const chat = await collect(client.streamChat({ model: 'm', messages: [{ role: 'user', content: 'hi' }], temperature: 0.2 }));
      assert.equal(textOf(chat), TEXT);
      assert.ok(chat.some(p => p.type === 'finish' && p.reason === 'stop'));
      assert.ok(chat.some(p => p.type === 'usage' && p.completionTokens === piecesOf(TEXT, 5).length));
      const gen = await collect(client.streamCompletion({ model: 'm', prompt: 'def f(', suffix: '\n' }));
      assert.equal(textOf(gen), TEXT);
      assert.deepEqual(fake.requests.map(r => r.path), ['/api/chat', '/api/generate']);
      assert.deepEqual((fake.requests[0].json as { options?: unknown }).options, { temperature: 0.2 });
      assert.equal(fake.requests[1].json?.suffix, '\n');
    });
  }

  it('reads SSE with CRLF line endings, comments and no space after the colon; drops an unfinished last event as the standard says', async () => {
    fake.handler = async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const body = ': keep-alive\r\n\r\n' +
        `data:${JSON.stringify(chatChunks(['a'])[1])}\r\n\r\n` +
        `event: message\r\ndata: ${JSON.stringify(chatChunks(['b'])[1])}\r\n\r\n` +
        `data: ${JSON.stringify(chatChunks(['c'])[2])}`;
      await writeInPieces(res, Buffer.from(body), { pieces: [2, 9], delayMs: 0 });
    };
    client = new UpstreamClient({ baseUrl: fake.url, style: 'openai' });
    const parts = await collect(client.streamChat({ model: 'm', messages: [] }));
    assert.equal(textOf(parts), 'ab');
    assert.ok(!parts.some(p => p.type === 'finish'));
  });

  it('streams a fill-in-the-middle completion and folds a duplicate /v1', async () => {
    fake.handler = (_req, res) => sendSse(res, completionChunks(['    return a', ' + b\n']));
    client = new UpstreamClient({ baseUrl: `${fake.url}/v1/`, style: 'openai' });
    const parts = await collect(client.streamCompletion({ model: 'coder', prompt: 'def add(a, b):\n', suffix: '\nprint(add(1, 2))\n', maxTokens: 64, stop: ['\n\n'] }));
    assert.equal(textOf(parts), '    return a + b\n');
    assert.equal(fake.requests[0].path, '/v1/completions');
    assert.deepEqual({ ...fake.requests[0].json, stream: undefined }, { model: 'coder', prompt: 'def add(a, b):\n', suffix: '\nprint(add(1, 2))\n', max_tokens: 64, stop: ['\n\n'], stream: undefined });
  });

  it('passes OpenAI tool calls through, assembled from their streamed pieces', async () => {
    const base = { id: 'x', object: 'chat.completion.chunk', created: 1, model: 'm' };
    fake.handler = (_req, res) => sendSse(res, [
      { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: null, tool_calls: [{ index: 0, id: 'call_a', type: 'function', function: { name: 'read_file', arguments: '' } }] }, finish_reason: null }] },
      { ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: '{"pa' } }] }, finish_reason: null }] },
      { ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: 1, id: 'call_b', type: 'function', function: { name: 'ls', arguments: '{}' } }] }, finish_reason: null }] },
      { ...base, choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: 'th":"a.py"}' } }] }, finish_reason: null }] },
      { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] },
    ], { pieces: [7], delayMs: 0 });
    client = new UpstreamClient({ baseUrl: fake.url, style: 'openai' });
    const tools = [{ type: 'function' as const, function: { name: 'read_file', parameters: { type: 'object' } } }];
    const parts = await collect(client.streamChat({ model: 'm', messages: [{ role: 'user', content: 'read a.py' }], tools, toolChoice: 'auto' }));
    assert.deepEqual(parts.filter(p => p.type !== 'text'), [
      { type: 'tool-call', choice: 0, call: { id: 'call_a', type: 'function', function: { name: 'read_file', arguments: '{"path":"a.py"}' } } },
      { type: 'tool-call', choice: 0, call: { id: 'call_b', type: 'function', function: { name: 'ls', arguments: '{}' } } },
      { type: 'finish', choice: 0, reason: 'tool_calls' },
    ]);
    assert.deepEqual(fake.requests[0].json?.tools, tools);
    assert.equal(fake.requests[0].json?.tool_choice, 'auto');
  });

  it('passes Ollama tool calls through and sends tool history in its shape', async () => {
    fake.handler = (_req, res) => sendNdjson(res, [
      { model: 'm', created_at: 't', message: { role: 'assistant', content: '', tool_calls: [{ function: { name: 'get_weather', arguments: { city: 'Oslo' } } }] }, done: false },
      { model: 'm', created_at: 't', message: { role: 'assistant', content: '' }, done: true, done_reason: 'stop' },
    ]);
    client = new UpstreamClient({ baseUrl: fake.url, style: 'ollama' });
    const parts = await collect(client.streamChat({
      model: 'm',
      messages: [
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Bergen"}' } }] },
        { role: 'tool', content: 'rain', tool_call_id: 'c1', name: 'get_weather' },
      ],
    }));
    const call = parts.find(p => p.type === 'tool-call');
    assert.deepEqual(call && call.type === 'tool-call' ? call.call.function : undefined, { name: 'get_weather', arguments: '{"city":"Oslo"}' });
    const sent = fake.requests[0].json?.messages as Record<string, unknown>[];
    assert.deepEqual(sent[0].tool_calls, [{ function: { name: 'get_weather', arguments: { city: 'Bergen' } } }]);
    assert.equal(sent[1].tool_name, 'get_weather');
  });

  it('cancels with an AbortSignal in the middle of a stream, and the server sees the disconnect', async () => {
    fake.handler = (_req, res) => sendSse(res, chatChunks(piecesOf(TEXT, 2)), { delayMs: 20 });
    client = new UpstreamClient({ baseUrl: fake.url, style: 'openai' });
    const controller = new AbortController();
    const received: string[] = [];
    const run = (async () => {
      for await (const p of client.streamChat({ model: 'm', messages: [] }, { signal: controller.signal })) {
        if (p.type === 'text') received.push(p.text);
        if (received.length === 3) controller.abort();
      }
    })();
    await rejects(run, 'cancelled');
    await fake.waitForDisconnect();
    assert.equal(received.length, 3);
  });

  it('closes the upstream connection when the caller stops reading', async () => {
    fake.handler = (_req, res) => sendSse(res, completionChunks(piecesOf(TEXT, 2)), { delayMs: 20 });
    client = new UpstreamClient({ baseUrl: fake.url, style: 'openai' });
    let texts = 0;
    for await (const p of client.streamCompletion({ model: 'm', prompt: 'x' })) {
      if (p.type === 'text' && ++texts === 2) break;
    }
    const started = Date.now();
    await fake.waitForDisconnect();
    assert.ok(Date.now() - started < 500, 'disconnected at once, not at the end of the stream');
  });

  it('cancels before the answer arrives', async () => {
    fake.handler = () => undefined; // never answers
    client = new UpstreamClient({ baseUrl: fake.url, style: 'openai' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await rejects(collect(client.streamChat({ model: 'm', messages: [] }, { signal: controller.signal })), 'cancelled');
  });

  it('retries 503 and 429 before any byte was used, with back-off, then streams', async () => {
    let calls = 0;
    fake.handler = (_req, res) => {
      calls++;
      if (calls === 1) return sendJson(res, 503, { error: { message: 'loading' } });
      if (calls === 2) {
        res.writeHead(429, { 'retry-after': '0', 'content-type': 'application/json' });
        return void res.end('{"error":{"message":"slow down"}}');
      }
      return sendSse(res, chatChunks(['ok']));
    };
    client = new UpstreamClient({ baseUrl: fake.url, style: 'openai', retry: { baseDelayMs: 10 } });
    const parts = await collect(client.streamChat({ model: 'm', messages: [] }));
    assert.equal(textOf(parts), 'ok');
    assert.equal(calls, 3);
    assert.equal(fake.requests[2].body, fake.requests[0].body, 'the same body is sent again');
  });

  it('gives up after the retries with a message that says what is wrong', async () => {
    fake.handler = (_req, res) => sendJson(res, 500, { error: { message: 'CUDA out of memory' } });
    client = new UpstreamClient({ baseUrl: fake.url, style: 'openai', retry: { retries: 2, baseDelayMs: 5 } });
    const e = await rejects(collect(client.streamChat({ model: 'm', messages: [] })), 'server', /server error \(500\).*CUDA out of memory/);
    assert.equal(e.status, 500);
    assert.equal(fake.requests.length, 3);
  });

  it('does not retry once the stream has begun', async () => {
    fake.handler = async (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write(`data: ${JSON.stringify(chatChunks(['partial'])[1])}\n\n`);
      await new Promise(r => setTimeout(r, 20));
      res.destroy();
    };
    client = new UpstreamClient({ baseUrl: fake.url, style: 'openai', retry: { baseDelayMs: 5 } });
    const received: string[] = [];
    const run = (async () => {
      for await (const p of client.streamChat({ model: 'm', messages: [] })) if (p.type === 'text') received.push(p.text);
    })();
    await rejects(run, 'protocol', /middle of its answer|broke off/);
    assert.deepEqual(received, ['partial']);
    assert.equal(fake.requests.length, 1);
  });

  it('does not retry 401 and says to check the API key', async () => {
    fake.handler = (_req, res) => sendJson(res, 401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error' } });
    client = new UpstreamClient({ baseUrl: fake.url, style: 'openai', apiKey: 'sk-wrong-secret' });
    const e = await rejects(collect(client.streamChat({ model: 'm', messages: [] })), 'auth', /check the API key/);
    assert.doesNotMatch(e.message, /sk-wrong-secret/);
    assert.equal(fake.requests.length, 1);
  });

  it('says which model was not found (Ollama and OpenAI bodies)', async () => {
    fake.handler = (req, res) => req.path.startsWith('/api/')
      ? sendJson(res, 404, { error: "model 'llama9' not found, try pulling it first" })
      : sendJson(res, 404, { error: { message: 'The model `gpt-9` does not exist', code: 'model_not_found' } });
    client = new UpstreamClient({ baseUrl: fake.url, style: 'ollama' });
    await rejects(collect(client.streamChat({ model: 'llama9', messages: [] })), 'not-found', /model 'llama9' was not found.*ollama pull llama9/);
    const openai = new UpstreamClient({ baseUrl: fake.url, style: 'openai' });
    await rejects(collect(openai.streamCompletion({ model: 'gpt-9', prompt: '' })), 'not-found', /model 'gpt-9'/);
    openai.close();
  });

  it('says the path is wrong when a 404 does not mention a model', async () => {
    fake.handler = (_req, res) => { res.writeHead(404); res.end('Not Found'); };
    client = new UpstreamClient({ baseUrl: `${fake.url}/wrong`, style: 'openai' });
    await rejects(collect(client.streamChat({ model: 'm', messages: [] })), 'not-found', /\/wrong\/v1\/chat\/completions does not exist.*base URL/);
  });

  it('reports connection refused as "is the server running", after retrying', async () => {
    const port = await closedPort();
    client = new UpstreamClient({ baseUrl: `http://127.0.0.1:${port}`, style: 'ollama', retry: { retries: 1, baseDelayMs: 5 } });
    await rejects(collect(client.streamChat({ model: 'm', messages: [] })), 'connect', new RegExp(`127\\.0\\.0\\.1:${port}.*Is the server running`));
  });

  it('rejects a bad base URL with a message that shows a good one', () => {
    assert.throws(() => new UpstreamClient({ baseUrl: 'localhost:11434', style: 'ollama' }), (e: UpstreamError) => e.kind === 'bad-url' && /http:\/\//.test(e.message));
    assert.throws(() => new UpstreamClient({ baseUrl: 'not a url', style: 'openai' }), (e: UpstreamError) => e.kind === 'bad-url');
    assert.throws(() => new UpstreamClient({ baseUrl: 'https://user:secret@example.com', style: 'openai' }), (e: UpstreamError) => e.kind === 'bad-url' && !/secret/.test(e.message));
  });

  it('times out when no answer comes, and when the stream goes silent', async () => {
    fake.handler = () => undefined;
    client = new UpstreamClient({ baseUrl: fake.url, style: 'openai', timeouts: { headersMs: 150 }, retry: { retries: 0 } });
    await rejects(collect(client.streamChat({ model: 'm', messages: [] })), 'timeout', /did not answer within/);
    fake.handler = (_req, res) => sendSse(res, chatChunks(['a', 'b', 'c']), { hangAfterBytes: 200 });
    const silent = new UpstreamClient({ baseUrl: fake.url, style: 'openai', timeouts: { idleMs: 150 } });
    await rejects(collect(silent.streamChat({ model: 'm', messages: [] })), 'timeout', /sent nothing for/);
    silent.close();
  });

  it('turns an error event in the middle of a stream into an error', async () => {
    fake.handler = (_req, res) => sendSse(res, [chatChunks(['a'])[1], { error: { message: 'overloaded', type: 'server_error' } }]);
    client = new UpstreamClient({ baseUrl: fake.url, style: 'openai' });
    await rejects(collect(client.streamChat({ model: 'm', messages: [] })), 'server', /overloaded/);
  });

  it('takes a whole JSON answer from a server that ignores stream:true', async () => {
    fake.handler = (_req, res) => sendJson(res, 200, { choices: [{ index: 0, message: { role: 'assistant', content: 'whole' }, finish_reason: 'stop' }] });
    client = new UpstreamClient({ baseUrl: fake.url, style: 'openai' });
    assert.equal(textOf(await collect(client.streamChat({ model: 'm', messages: [] }))), 'whole');
  });

  it('lists models in both styles', async () => {
    fake.handler = (req, res) => req.path === '/api/tags'
      ? sendJson(res, 200, { models: [{ name: 'qwen2.5-coder:7b', model: 'qwen2.5-coder:7b' }] })
      : sendJson(res, 200, { object: 'list', data: [{ id: 'gpt-x', object: 'model', owned_by: 'me' }] });
    client = new UpstreamClient({ baseUrl: fake.url, style: 'ollama' });
    assert.deepEqual(await client.listModels(), [{ id: 'qwen2.5-coder:7b' }]);
    const openai = new UpstreamClient({ baseUrl: `${fake.url}/v1`, style: 'openai' });
    assert.deepEqual(await openai.listModels(), [{ id: 'gpt-x', ownedBy: 'me' }]);
    openai.close();
    assert.deepEqual(fake.requests.map(r => r.path), ['/api/tags', '/v1/models']);
  });
});
