// npm start: the API, the jobs worker and the web app in production mode, after `npm run build` and `npm run db:migrate`.
// Refuses to start without the variables either needs; stops all three on SIGINT/SIGTERM (each drains its
// in-flight requests) and exits when either one exits.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { REQUIRED_IN_PRODUCTION } from '../apps/api/src/config.ts';
import { WEB_REQUIRED_IN_PRODUCTION } from '../apps/web/lib/required-env.ts';

const root = resolve(import.meta.dirname, '..');
const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
const missing = [...new Set([...REQUIRED_IN_PRODUCTION, ...WEB_REQUIRED_IN_PRODUCTION])].filter(
  (name) => !env[name]?.trim(),
);
if (missing.length) {
  console.error(
    `Refusing to start in production without: ${missing.join(', ')} (see README, "Running in production").`,
  );
  process.exit(1);
}

// Started directly (not through `npm run`, whose shells do not pass signals on), so SIGTERM reaches each.
const children: ChildProcess[] = [
  spawn(resolve(root, 'node_modules/.bin/tsx'), ['src/main.ts'], {
    cwd: resolve(root, 'apps/api'),
    env,
    stdio: 'inherit',
  }),
  // The jobs room (schedules, outbox deliveries): in production not inside the API (README "Running in production").
  spawn(resolve(root, 'node_modules/.bin/tsx'), ['src/jobs/worker.ts'], {
    cwd: resolve(root, 'apps/api'),
    env,
    stdio: 'inherit',
  }),
  spawn(
    process.execPath,
    [resolve(root, 'node_modules/next/dist/bin/next'), 'start', '--port', env.WEB_PORT ?? '3000'],
    { cwd: resolve(root, 'apps/web'), env, stdio: 'inherit' },
  ),
];

let stopping = false;
function stopAll(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill(signal);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stopAll(signal));
// `npm start` does not pass SIGTERM on to this script: when npm is gone (we are re-parented), stop too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stopAll('SIGTERM');
}, 500).unref();
for (const child of children) {
  child.once('exit', (code) => {
    stopAll('SIGTERM');
    process.exitCode = code ?? 1;
  });
}
