import { EVALUATION_EVENTS } from '../evaluation/index.ts';
import type { OutboxHandler } from '../jobs/outbox-handler.ts';
import { buildNationalReport } from './build-national-report.ts';
import type { NationalReportingConfig } from './national-config.ts';
import { postToEndpoint } from '../lib/post-to-endpoint.ts';

/** The outbox subscriber's name: its deliveries are the national reports. Never rename it. */
export const NATIONAL_REPORTING_SUBSCRIBER = 'national-reporting';

/**
 * Every 好差评 event goes to the national endpoint as one POST with `Idempotency-Key: <event id>`, in order
 * per case (the outbox hands a case's next event out only once the earlier one is delivered), retried with
 * the outbox's backoff. A 2xx answer is delivery; anything else, a timeout or a connection error is retried.
 */
export function nationalReportingHandler(config: NationalReportingConfig): OutboxHandler {
  return {
    subscriber: NATIONAL_REPORTING_SUBSCRIBER,
    // Every 好差评 event goes to the national system, including those recorded before reporting was set up.
    startAt: 'firstKept',
    eventTypes: Object.values(EVALUATION_EVENTS),
    timeoutMs: config.timeoutMs,
    async handle(event, { tx, signal, attempt }) {
      const body = await buildNationalReport(tx, event);
      await postToEndpoint(config.url, JSON.stringify(body), {
        signal,
        timeoutMs: config.timeoutMs,
        headers: {
          'idempotency-key': event.id,
          'x-hall-attempt': String(attempt),
          ...(config.token ? { authorization: `Bearer ${config.token}` } : {}),
        },
      });
    },
  };
}
