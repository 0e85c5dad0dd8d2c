// npm run dev: database (embedded unless DATABASE_URL is set) → migrations → seed → the API and the web app.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { prepareDatabase } from '../apps/api/src/db/prepare-database.ts';
import { EmbeddedPostgresError } from '../apps/api/src/db/embedded-postgres.ts';

const apiPort = process.env.API_PORT ?? '4000';
const webPort = process.env.WEB_PORT ?? '3000';

let database;
try {
  database = await prepareDatabase({ seed: true });
} catch (error) {
  if (error instanceof EmbeddedPostgresError) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

console.log(
  database.embedded ? `Embedded PostgreSQL on port ${database.embedded.port}` : 'Using DATABASE_URL',
);
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  API_PORT: apiPort,
  WEB_PORT: webPort,
  API_URL: process.env.API_URL ?? `http://127.0.0.1:${apiPort}`,
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${webPort}`,
  NEXT_TELEMETRY_DISABLED: '1',
};
const root = join(import.meta.dirname, '..');

/**
 * The API and the web app, each with its lines prefixed. Started here rather than through turbo: on Ctrl-C
 * turbo reported the dev servers' own exit as `ERROR run failed … exited (137)`; here both stop, the
 * embedded database after them, and the command ends quietly.
 */
function start(name: string, directory: string, command: string, args: string[]): ChildProcess {
  const child = spawn(join(root, 'node_modules/.bin', command), args, {
    cwd: join(root, directory),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream! }).on('line', (line) => console.log(`${name} │ ${line}`));
  }
  return child;
}

// The workspaces' own `dev` scripts, without npm in between (it reports a Ctrl-C as a failed command).
const children = [
  start('api', 'apps/api', 'tsx', ['watch', 'src/main.ts']),
  start('web', 'apps/web', 'next', ['dev', '--port', webPort]),
];
console.log(`\n  Service Hall: http://localhost:${webPort}   (API: http://127.0.0.1:${apiPort}/graphql)\n`);

let stopping = false;
/** Stops both servers; after `graceMs`, since a Ctrl-C has reached them already (same process group). */
function stop(signal: NodeJS.Signals, graceMs = 0) {
  if (!stopping) console.log('\nStopping the API, the web app and the database…');
  stopping = true;
  setTimeout(() => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  }, graceMs).unref();
}
// Ctrl-C reaches the servers too (same process group): they get a moment to stop on their own (tsx watch
// force-kills on a second SIGINT); a plain SIGTERM to this process is passed on at once. Either way the
// embedded server stops only after the API and web have exited.
process.on('SIGINT', () => stop('SIGINT', 3_000));
process.on('SIGTERM', () => stop('SIGTERM'));

const exits = children.map(
  (child) => new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code))),
);
// One server ending on its own (a crash) stops the other, and the command fails.
let crashed = false;
void Promise.race(exits).then(() => {
  crashed = !stopping;
  stop('SIGTERM');
});
const codes = await Promise.all(exits);
await database.embedded?.stop();
process.exit(crashed ? codes.find((code) => code) || 1 : 0);
