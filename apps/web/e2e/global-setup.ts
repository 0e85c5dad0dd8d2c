import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startTestStack } from '../../api/src/testing/stack.ts';
import { webServerCommand } from './web-server-command';

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string;
    /** The API the web app talks to (browser tests call it directly to set up their own cases). */
    apiUrl: string;
    /** The stack's database (tests read what the API recorded: the audit log's addresses, the 公示 load test's statistics). */
    databaseUrl: string;
  }
}

const webDir = path.resolve(import.meta.dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the web server exited with code ${child.exitCode} before answering:\n${output()}`);
    }
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the web server did not answer ${url} within ${timeoutMs} ms:\n${output()}`);
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

/**
 * The real stack: a fresh migrated and seeded PostgreSQL database and the API over HTTP (from the API
 * workspace), then the BUILT web app with its server (server.ts) on a free port. Also used by `npm run audit:web`.
 */
export async function startWebStack(): Promise<{
  webUrl: string;
  apiUrl: string;
  databaseUrl: string;
  /** Stops only the web app (server.ts), leaving the API and the database running (fault tests). */
  stopWeb(signal?: NodeJS.Signals): Promise<void>;
  stop(): Promise<void>;
}> {
  if (!existsSync(path.join(webDir, '.next', 'BUILD_ID'))) {
    throw new Error(
      `No production build in ${path.join(webDir, '.next')}: run \`npm run build -w @hall/web\` first.`,
    );
  }

  const stack = await startTestStack();
  let child: ChildProcess | undefined;
  try {
    const port = await freePort();
    const webUrl = `http://127.0.0.1:${port}`;
    const web = webServerCommand('127.0.0.1', port);
    let output = '';
    child = spawn(web.command, web.args, {
      cwd: web.cwd,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        API_URL: stack.apiUrl,
        NEXTAUTH_URL: webUrl,
        NEXTAUTH_SECRET: stack.sessionSecret,
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      if (process.env.E2E_WEB_LOG) process.stderr.write(chunk);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);

    await waitUntilAnswering(`${webUrl}/login`, child, () => output, 60_000);
    const started = child;
    return {
      webUrl,
      apiUrl: stack.apiUrl,
      databaseUrl: stack.databaseUrl,
      stopWeb: (signal) => stopChild(started, signal),
      async stop() {
        await stopChild(started);
        await stack.stop();
      },
    };
  } catch (error) {
    if (child) await stopChild(child);
    await stack.stop();
    throw error;
  }
}

/** vitest's global setup for the browser tests: the stack above, its address provided to the tests. */
export default async function setup(project: TestProject) {
  const stack = await startWebStack();
  project.provide('webUrl', stack.webUrl);
  project.provide('apiUrl', stack.apiUrl);
  project.provide('databaseUrl', stack.databaseUrl);
  return () => stack.stop();
}
