/**
 * The load side of the proxy benchmark, run in a worker thread so that it does not share the
 * proxy's event loop: a fake OpenAI-compatible upstream that streams the bench texts, and the
 * concurrent clients that read them, directly or through the proxy. Each chunk carries the time
 * it was written (`vigil_t`, this thread's clock); the client's receive time minus it is the
 * chunk's latency. Each stream starts at a random top-level line of its text, so that the 50
 * streams are not in lockstep (identical streams would all reach the same costly line at once).
 *
 * The function is started with `new Worker(`(${loadWorker})()`, { eval: true })`: it must not
 * use anything from outside its own body.
 */
export function loadWorker(): void {
  const http = require('node:http') as typeof import('node:http');
  const { parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  const data = workerData as { texts: { head: string; body: string; tail: string }[]; chunkChars: number; intervalMs: number };
  const port = parentPort!;

  // Offsets of the top-level lines of each body (no indentation, not a closing bracket).
  const starts = data.texts.map(t => {
    const out = [0];
    for (let i = t.body.indexOf('\n'); i >= 0 && i < t.body.length - 1; i = t.body.indexOf('\n', i + 1)) if (/^[^\s)\]}]/.test(t.body.slice(i + 1, i + 2))) out.push(i + 1);
    return out;
  });
  const piecesOf = (which: number, start: number) => {
    const t = data.texts[which];
    const text = t.head + t.body.slice(starts[which][start % starts[which].length]) + t.tail;
    const out: string[] = [];
    for (let i = 0; i < text.length; i += data.chunkChars) out.push(text.slice(i, i + data.chunkChars));
    return out;
  };
  let paced = true;
  const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', async () => {
      const which = Number(/text=(\d+)/.exec(req.url ?? '')?.[1] ?? 0) % data.texts.length;
      const pieces = piecesOf(which, Number(/start=(\d+)/.exec(req.url ?? '')?.[1] ?? 0));
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const base = { id: 'bench', object: 'chat.completion.chunk', created: 1, model: 'bench' };
      const frame = (choice: unknown) => `data: ${JSON.stringify({ ...base, choices: [choice], vigil_t: performance.now() })}\n\n`;
      res.write(frame({ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }));
      for (const p of pieces) {
        if (res.destroyed) return;
        const ok = res.write(frame({ index: 0, delta: { content: p }, finish_reason: null }));
        if (paced) await sleep(data.intervalMs);
        else if (!ok) await new Promise(r => res.once('drain', r));
      }
      res.write(frame({ index: 0, delta: {}, finish_reason: 'stop' }));
      res.end('data: [DONE]\n\n');
    });
  });
  server.on('connection', s => s.setNoDelay(true));

  interface PhaseResult { latencies: number[]; chunks: number; chars: number; streams: number; completed: number; errors: number; elapsedMs: number }

  /** One client stream: POST, read SSE, record each chunk's latency; resolves at its end or abort. */
  const stream = (target: number, which: number, until: number, out: PhaseResult, record: boolean) => new Promise<void>(resolve => {
    const body = JSON.stringify({ model: 'bench', stream: true, messages: [{ role: 'user', content: 'bench' }] });
    const req = http.request({ host: '127.0.0.1', port: target, path: `/v1/chat/completions?text=${which}&start=${Math.floor(Math.random() * 1e6)}`, method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, res => {
      let pending = '';
      res.setEncoding('utf8');
      const timer = setTimeout(() => { req.destroy(); resolve(); }, Math.max(0, until - performance.now()));
      res.on('data', (text: string) => {
        const now = performance.now();
        pending += text;
        let sep: number;
        while ((sep = pending.indexOf('\n\n')) >= 0) {
          const event = pending.slice(0, sep);
          pending = pending.slice(sep + 2);
          if (!event.startsWith('data: ') || event === 'data: [DONE]') continue;
          const chunk = JSON.parse(event.slice(6)) as { vigil_t?: number; choices?: { delta?: { content?: string } }[] };
          out.chunks++;
          out.chars += chunk.choices?.[0]?.delta?.content?.length ?? 0;
          if (record && typeof chunk.vigil_t === 'number') out.latencies.push(now - chunk.vigil_t);
        }
      });
      res.on('end', () => { clearTimeout(timer); out.completed++; resolve(); });
      res.on('error', () => { clearTimeout(timer); resolve(); });
    });
    req.on('error', () => { out.errors++; resolve(); });
    req.end(body);
  });

  const phase = async (target: number, concurrency: number, durationMs: number, pacedPhase: boolean): Promise<PhaseResult> => {
    paced = pacedPhase;
    const out: PhaseResult = { latencies: [], chunks: 0, chars: 0, streams: 0, completed: 0, errors: 0, elapsedMs: 0 };
    const started = performance.now();
    const until = started + durationMs;
    const client = async (i: number) => {
      if (pacedPhase) await sleep((i * data.intervalMs) / concurrency); // spread the chunk times
      for (let n = 0; performance.now() < until; n++) {
        out.streams++;
        await stream(target, i + n, until, out, pacedPhase);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, (_, i) => client(i)));
    out.elapsedMs = performance.now() - started;
    return out;
  };

  port.on('message', async (m: { type: 'run'; phases: { target: number; concurrency: number; durationMs: number; paced: boolean }[] } | { type: 'stop' }) => {
    if (m.type === 'stop') {
      server.close();
      server.closeAllConnections();
      port.close();
      return;
    }
    const results: PhaseResult[] = [];
    for (const [i, p] of m.phases.entries()) {
      port.postMessage({ type: 'phase', index: i, state: 'start' });
      results.push(await phase(p.target, p.concurrency, p.durationMs, p.paced));
      port.postMessage({ type: 'phase', index: i, state: 'end' });
      await sleep(200); // let aborted streams settle on both sides
    }
    port.postMessage({ type: 'results', results });
  });
  server.listen(0, '127.0.0.1', () => port.postMessage({ type: 'ready', port: (server.address() as import('node:net').AddressInfo).port }));
}
