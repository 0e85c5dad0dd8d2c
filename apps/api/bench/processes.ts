import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const API_DIR = resolve(import.meta.dirname, '..');

export interface Started {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `entry` (relative to apps/api) as its own Node process, as `npm start` would (tsx), and waits until it
 * has printed `readyLines` lines containing "ready" (one per cluster worker).
 */
export async function startProcess(
  entry: string,
  port: number,
  env: Record<string, string>,
  options: { readyLines?: number; nodeFlags?: string[] } = {},
): Promise<Started> {
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), '--import', 'tsx', entry], {
    cwd: API_DIR,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((done, fail) => {
    let ready = 0;
    child.stdout!.setEncoding('utf8').on('data', (text: string) => {
      ready += text.split('\n').filter((line) => line.includes('ready')).length;
      if (ready >= (options.readyLines ?? 1)) done();
    });
    child.once('exit', (code) => fail(new Error(`${entry} ended before it was ready (exit ${code})`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}
