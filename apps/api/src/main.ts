import { pino } from 'pino';
import { readConfig } from './config.ts';
import { createPrisma } from './db/prisma.ts';
import { systemClock } from './lib/clock.ts';
import { buildServer } from './server.ts';

const config = readConfig();
const logger = pino({ level: config.logLevel, name: 'service-hall-api' });
const db = createPrisma(config.databaseUrl, { poolSize: config.dbPoolSize });
const app = await buildServer({ db, clock: systemClock, logger, ...config });

const shutdown = async (signal: string) => {
  logger.info({ signal }, 'shutting down');
  await app.close();
  await db.$disconnect();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
console.log(`API ready: http://${config.host}:${config.port}/graphql (process ${process.pid})`);
