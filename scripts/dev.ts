// npm run dev: database (embedded unless DATABASE_URL is set) → migrations → seed → API and web via turbo.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
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
const child = spawn(
  resolve(import.meta.dirname, '../node_modules/.bin/turbo'),
  ['run', 'dev', '--ui=stream'],
  {
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      API_PORT: apiPort,
      WEB_PORT: webPort,
      API_URL: process.env.API_URL ?? `http://127.0.0.1:${apiPort}`,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${webPort}`,
    },
  },
);
console.log(`\n  Service Hall: http://localhost:${webPort}   (API: http://127.0.0.1:${apiPort}/graphql)\n`);

// Ctrl-C reaches turbo too (same process group); a plain SIGTERM to this process is forwarded. Either way the
// embedded server stops only after the API and web have exited.
const forward = (signal: NodeJS.Signals) => {
  if (child.exitCode === null) child.kill(signal);
};
process.on('SIGINT', () => forward('SIGINT'));
process.on('SIGTERM', () => forward('SIGTERM'));
child.once('exit', async (code) => {
  await database.embedded?.stop();
  process.exit(code ?? 0);
});
