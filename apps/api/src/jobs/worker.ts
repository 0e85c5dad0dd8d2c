// npm run worker: scheduled jobs and outbox deliveries in their own process (production; see README
// "Running in production"). In development the API runs the same jobs room in-process.
import { runWorker } from './run-worker.ts';

await runWorker();
