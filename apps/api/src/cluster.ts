// `npm run start:cluster`: API_WORKERS processes (default: one per CPU core) share the API port through
// node:cluster; each has its own connection pool of DB_POOL_SIZE. A worker that dies is replaced.
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { readApiEnvVariable } from './env-schema.ts';

if (cluster.isPrimary) {
  const workers = readApiEnvVariable('API_WORKERS') ?? availableParallelism();
  let stopping = false;
  const startedAt = new Map<number, number>();
  const fork = () => startedAt.set(cluster.fork().id, Date.now());
  for (let i = 0; i < workers; i += 1) fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    // A worker that fails within seconds of starting (bad configuration, database down) would fail again.
    if (Date.now() - (startedAt.get(worker.id) ?? 0) < 10_000) {
      console.error(`API worker ${worker.process.pid} failed on start (${signal ?? code}); stopping`);
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill('SIGTERM');
      process.exitCode = 1;
      return;
    }
    console.error(`API worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
    fork();
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    });
  }
} else {
  await import('./main.ts');
}
