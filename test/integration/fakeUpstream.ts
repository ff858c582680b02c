// A fake OpenAI-compatible model server on 127.0.0.1, started by the tests (no model exists offline).
import * as http from 'http';
import { AddressInfo } from 'net';

export interface FakeAnswer {
  /** Text streamed back, in pieces of `chunk` characters every `delayMs`. */
  text: string;
  chunk?: number;
  delayMs?: number;
}

export interface FakeRequestLog {
  path: string;
  body: Record<string, unknown>;
  /** True when the client closed the connection before the whole answer was sent. */
  clientClosedEarly: boolean;
  piecesSent: number;
  piecesTotal: number;
}

/** Serves /v1/models, /v1/chat/completions and /v1/completions (SSE); `answer` picks the reply from the request. */
export async function startFakeUpstream(answer: (body: Record<string, unknown>) => FakeAnswer): Promise<{ url: string; requests: FakeRequestLog[]; close(): Promise<void> }> {
  const requests: FakeRequestLog[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', d => (raw += d));
    req.on('end', () => {
      const path = (req.url ?? '').split('?')[0];
      if (path.endsWith('/models')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ object: 'list', data: [{ id: 'fake-coder', object: 'model', owned_by: 'test' }] }));
        return;
      }
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      const a = answer(body);
      const size = a.chunk ?? 4;
      const pieces: string[] = [];
      for (let i = 0; i < a.text.length; i += size) pieces.push(a.text.slice(i, i + size));
      const log: FakeRequestLog = { path, body, clientClosedEarly: false, piecesSent: 0, piecesTotal: pieces.length };
      requests.push(log);
      const chat = path.endsWith('/chat/completions');
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      let i = 0;
      let done = false;
      res.on('close', () => {
        if (!done) log.clientClosedEarly = true;
      });
      const send = () => {
        if (res.destroyed) return;
        if (i < pieces.length) {
          const delta = chat ? { choices: [{ index: 0, delta: { content: pieces[i] }, finish_reason: null }] } : { choices: [{ index: 0, text: pieces[i], finish_reason: null }] };
          res.write(`data: ${JSON.stringify({ id: 'x', object: chat ? 'chat.completion.chunk' : 'text_completion', model: 'fake-coder', ...delta })}\n\n`);
          log.piecesSent = ++i;
          setTimeout(send, a.delayMs ?? 5);
        } else {
          const last = chat ? { choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] } : { choices: [{ index: 0, text: '', finish_reason: 'stop' }] };
          res.write(`data: ${JSON.stringify({ id: 'x', model: 'fake-coder', ...last })}\n\ndata: [DONE]\n\n`);
          done = true;
          res.end();
        }
      };
      send();
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise(resolve => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}
