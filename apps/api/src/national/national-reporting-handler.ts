import { EVALUATION_EVENTS } from '../evaluation/evaluation-outbox.ts';
import type { OutboxHandler } from '../jobs/outbox-handler.ts';
import { buildNationalReport } from './build-national-report.ts';
import type { NationalReportingConfig } from './national-config.ts';

/** The outbox subscriber's name: its deliveries are the national reports. Never rename it. */
export const NATIONAL_REPORTING_SUBSCRIBER = 'national-reporting';

/** How much of a refusing answer's body is kept as the report's last answer. */
const ANSWER_CHARS = 500;

/** The national system did not accept a report; the message is the answer the admin page shows. */
export class NationalReportRefused extends Error {
  override name = 'NationalReportRefused';
}

/**
 * Every 好差评 event goes to the national endpoint as one POST with `Idempotency-Key: <event id>`, in order
 * per case (the outbox hands a case's next event out only once the earlier one is delivered), retried with
 * the outbox's backoff. A 2xx answer is delivery; anything else, a timeout or a connection error is retried.
 */
export function nationalReportingHandler(config: NationalReportingConfig): OutboxHandler {
  return {
    subscriber: NATIONAL_REPORTING_SUBSCRIBER,
    eventTypes: Object.values(EVALUATION_EVENTS),
    timeoutMs: config.timeoutMs,
    async handle(event, { tx, signal, attempt }) {
      const body = await buildNationalReport(tx, event);
      let status: number;
      let text: string;
      try {
        const response = await fetch(config.url, {
          method: 'POST',
          signal,
          headers: {
            'content-type': 'application/json',
            'idempotency-key': event.id,
            'x-hall-attempt': String(attempt),
            ...(config.token ? { authorization: `Bearer ${config.token}` } : {}),
          },
          body: JSON.stringify(body),
        });
        status = response.status;
        text = (await response.text()).slice(0, ANSWER_CHARS);
      } catch (error) {
        throw new NationalReportRefused(noAnswer(error, config.timeoutMs));
      }
      if (status < 200 || status > 299) throw new NationalReportRefused(`HTTP ${status}: ${text}`);
    },
  };
}

/** Why no answer came: the timeout, or the connection's error code (ECONNREFUSED, ECONNRESET …). */
function noAnswer(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return `connection failed: ${cause?.code ?? cause?.message ?? String(error)}`;
}
