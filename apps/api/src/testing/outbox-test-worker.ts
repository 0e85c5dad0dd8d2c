// The worker process of jobs/worker-kill.test.ts: the real runWorker with one test handler that logs each
// event it handles into outbox_test_log (in the delivery's transaction, with its process id). With
// `--stop-at <point>:<n>` it stops for good at the named point of its n-th delivery and says so on stdout, so
// the test can SIGKILL it there (points: `handled` = inside the transaction before the DONE mark,
// `committed` = just after the commit).
import { parseArgs } from 'node:util';
import type { OutboxEvent, OutboxHandler } from '../jobs/outbox-handler.ts';
import { runWorker } from '../jobs/run-worker.ts';

export const TEST_EVENT_TYPE = 'test.happened';

const { values } = parseArgs({ options: { 'stop-at': { type: 'string' } } });
const [stopPoint, stopAfter] = (values['stop-at'] ?? ':0').split(':') as [string, string];
const counts = { handled: 0, committed: 0 };

const handler: OutboxHandler = {
  subscriber: 'kill-test',
  eventTypes: [TEST_EVENT_TYPE],
  async handle(event, { tx }) {
    await tx.$executeRaw`INSERT INTO outbox_test_log (event_id, aggregate, seq, pid)
                         VALUES (${event.id}::uuid, ${event.aggregate}, ${event.seq}, ${process.pid})`;
  },
};

async function at(point: keyof typeof counts, event: OutboxEvent) {
  counts[point] += 1;
  if (point !== stopPoint || counts[point] !== Number(stopAfter)) return;
  console.log(`stopped at ${point} ${event.id}`);
  await new Promise(() => {});
}

await runWorker({
  modules: [{ name: 'kill-test', outboxHandlers: [handler] }],
  outboxHooks: { handled: (event) => at('handled', event), committed: (event) => at('committed', event) },
});
