import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { webServerCommand } from './web-server-command';

/** The production build's server with the given variables; its exit code and output (or null if it runs). */
function startWith(
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; output: string }> {
  const web = webServerCommand('127.0.0.1', 0);
  const child = spawn(web.command, web.args, {
    cwd: web.cwd,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ code: null, output });
    }, 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

// The web server checks its own variables when it starts (instrumentation.ts), not only `npm start`'s script.
describe('the web app in production without its required variables', () => {
  it('refuses to start, naming each missing variable', async () => {
    const { code, output } = await startWith({ NEXTAUTH_URL: 'http://127.0.0.1:3999' });
    expect(code).toBe(1);
    expect(output).toContain('Refusing to start in production without: NEXTAUTH_SECRET, API_URL');
  });
});
