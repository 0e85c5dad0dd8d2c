import path from 'node:path';

const webDir = path.resolve(import.meta.dirname, '..');

/** How the tests start the built web app: its own server (server.ts), as `npm start` does, not `next start`. */
export function webServerCommand(
  hostname: string,
  port: number,
): { command: string; args: string[]; cwd: string } {
  return {
    command: process.execPath,
    args: ['--import', 'tsx', 'server.ts', '--hostname', hostname, '--port', String(port)],
    cwd: webDir,
  };
}
