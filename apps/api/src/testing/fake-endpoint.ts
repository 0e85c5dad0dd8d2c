import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the endpoint does with one request: answer with a status and body, or never answer. */
export type Behaviour = { status: number; body?: string } | 'hang';

/**
 * A real HTTP endpoint on a free port for delivery tests (national reporting, webhooks): it records every
 * request and answers as `behave` says (default 200). Hanging requests are ended when it closes.
 */
export async function startFakeEndpoint(
  behave: (request: ReceivedRequest, index: number) => Behaviour = () => ({ status: 200 }),
  port = 0,
) {
  const received: ReceivedRequest[] = [];
  const hanging = new Set<ServerResponse>();
  let current = behave;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = { headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(request);
      const behaviour = current(request, received.length - 1);
      if (behaviour === 'hang') {
        hanging.add(res);
        return;
      }
      res.writeHead(behaviour.status, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(behaviour.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}/`,
    port: address.port,
    received,
    behave(next: typeof behave) {
      current = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        hanging.clear();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FakeEndpoint = Awaited<ReturnType<typeof startFakeEndpoint>>;
