import { pino } from 'pino';
import { readConfig } from './config.ts';
import { createPrisma } from './db/prisma.ts';
import { systemClock } from './lib/clock.ts';
import { buildServer } from './server.ts';
import { storageFromEnv } from './storage/storage-config.ts';
import { uploadLimitsFromEnv } from './application/upload-limits.ts';

const config = readConfig();
const logger = pino({ level: config.logLevel, name: 'service-hall-api' });
const db = createPrisma(config.databaseUrl);
const storage = storageFromEnv();
logger.info({ storage: storage.description }, 'file storage');
const uploadLimits = uploadLimitsFromEnv();
const app = await buildServer({ db, clock: systemClock, logger, storage, uploadLimits, ...config });

const shutdown = async (signal: string) => {
  logger.info({ signal }, 'shutting down');
  await app.close();
  await db.$disconnect();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
console.log(`API ready: http://${config.host}:${config.port}/graphql`);
