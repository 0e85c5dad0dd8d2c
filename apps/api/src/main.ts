import { pino } from 'pino';
import { readConfig } from './config.ts';
import { createPrisma } from './db/prisma.ts';
import { systemClock } from './lib/clock.ts';
import { buildServer } from './server.ts';
import { startJobs } from './jobs/start-jobs.ts';
import { storageFromEnv } from './storage/storage-config.ts';

const config = readConfig();
const logger = pino({ level: config.logLevel, name: 'service-hall-api' });
const db = createPrisma(config.databaseUrl, { poolSize: config.dbPoolSize });
const storage = storageFromEnv();
logger.info({ storage: storage.description }, 'file storage');
const app = await buildServer({ db, clock: systemClock, logger, storage, ...config });
// The jobs room (schedules such as the 好差评 default sweep, outbox deliveries) runs inside the API in
// development; in production `npm run worker` runs it (config.runJobs: JOBS=on|off overrides).
const jobs = config.runJobs
  ? await startJobs(db, { connectionString: config.databaseUrl, clock: systemClock, logger, storage })
  : null;

/** Requests in flight may finish (Fastify and Apollo's drain plugin wait for them) for this long. */
const DRAIN_TIMEOUT_MS = 10_000;

const shutdown = async (signal: string) => {
  logger.info({ signal }, 'shutting down: draining requests');
  setTimeout(() => {
    logger.error('requests still running after the drain timeout: exiting');
    process.exit(1);
  }, DRAIN_TIMEOUT_MS).unref();
  await app.close();
  await jobs?.stop();
  await db.$disconnect();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
console.log(`API ready: http://${config.host}:${config.port}/graphql (process ${process.pid})`);
