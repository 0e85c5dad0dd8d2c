// npm run evaluations:sweep [-- --batch-size N]: runs the default-evaluation sweep once, now, against
// DATABASE_URL or the embedded development database. The scheduled run is the same function (jobs.ts).
import { parseArgs } from 'node:util';
import { resolveDatabase } from '../db/database.ts';
import { createPrisma } from '../db/prisma.ts';
import { systemClock } from '../lib/clock.ts';
import { sweepDefaultEvaluations } from './sweep-default-evaluations.ts';

const { values } = parseArgs({
  options: {
    'batch-size': { type: 'string' },
    'database-url': { type: 'string' },
    'print-batches': { type: 'boolean' },
    'pause-after-batch-ms': { type: 'string' },
  },
});
const database = values['database-url']
  ? { url: values['database-url'], embedded: null }
  : await resolveDatabase();
const db = createPrisma(database.url);
const pauseMs = Number(values['pause-after-batch-ms'] ?? 0);
let pending = Promise.resolve();
try {
  const started = Date.now();
  const result = await sweepDefaultEvaluations(db, systemClock.now(), {
    batchSize: values['batch-size'] ? Number(values['batch-size']) : undefined,
    onBatch: (inserted) => {
      // Lets a test kill the process right after a batch that recorded defaults has committed.
      if (values['print-batches']) console.log(`batch committed: ${inserted}`);
      if (pauseMs && inserted > 0) pending = new Promise((resolve) => setTimeout(resolve, pauseMs));
    },
    beforeNextBatch: () => pending,
  });
  console.log(
    `Default evaluations: ${result.inserted} recorded in ${result.batches} batches (${Date.now() - started} ms).`,
  );
} finally {
  await db.$disconnect();
  await database.embedded?.stop();
}
