/**
 * The web app's server (`npm start`, the browser tests, `npm run audit:web`): Next.js's own request handler
 * behind one step that `next start` lacks — the request's X-Forwarded-For is replaced by the address this
 * server saw itself (lib/client-address.ts), so the API's sign-in limit and audit log get the real address
 * and a browser cannot choose one.
 *
 *   node --import tsx server.ts [--hostname 127.0.0.1] [--port 3000] [--dev]
 *
 * Stops on SIGINT/SIGTERM after the requests in flight have been answered.
 */
import { createServer } from 'node:http';
import next from 'next';
import { pinClientAddress, trustProxyFrom } from './lib/client-address.ts';
import { readWebEnvVariable } from './lib/web-env.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};
const dev = args.includes('--dev');
const hostname = option('hostname');
const port = Number(option('port') ?? readWebEnvVariable('WEB_PORT'));
const trust = trustProxyFrom(readWebEnvVariable('TRUST_PROXY'));

const app = next({ dev, dir: import.meta.dirname, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  pinClientAddress(request, trust);
  void handle(request, response);
});
server.listen(port, hostname, () => {
  const address = server.address();
  const shown = typeof address === 'object' && address ? address.port : port;
  console.log(`  ▲ Service Hall web on http://${hostname ?? 'localhost'}:${shown}`);
});

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  server.close(() => {
    void app.close().finally(() => process.exit(0));
  });
  server.closeIdleConnections();
  // Requests that do not finish in time do not keep the process alive.
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
