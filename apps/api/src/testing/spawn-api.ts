import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { join } from 'node:path';

const API_DIR = join(import.meta.dirname, '../..');
/** What a Node process needs from the host to run at all; everything else the test names itself. */
const HOST_ONLY = ['PATH', 'HOME', 'TMPDIR', 'LANG'] as const;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Host variables only (no DATABASE_URL, keys or modes leak in from the test run): add the ones under test. */
export function hostEnv(): Record<string, string> {
  return Object.fromEntries(
    HOST_ONLY.flatMap((name) => (process.env[name] ? [[name, process.env[name]!]] : [])),
  );
}

function startMain(env: Record<string, string | undefined>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: API_DIR,
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** The API as its own process (`src/main.ts`), as production runs it, once it says it is ready. */
export async function spawnApi(
  env: Record<string, string | undefined>,
): Promise<{ url: string; child: ChildProcess; output(): string }> {
  const port = await freePort();
  const child = startMain({ ...env, API_PORT: String(port) });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`API did not start:\n${output}`)), 60_000);
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('API ready')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', watch);
    child.stderr!.on('data', watch);
    child.once('exit', (code) => reject(new Error(`API exited with ${code}:\n${output}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child, output: () => output };
}

/** Runs `src/main.ts` expecting it to refuse to start: its exit code and everything it printed. */
export async function runMainUntilExit(
  env: Record<string, string | undefined>,
  timeoutMs = 60_000,
): Promise<{ code: number | null; output: string }> {
  const child = startMain({ ...env, API_PORT: String(await freePort()) });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`main.ts kept running:\n${output}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
