import { readApiEnvVariable } from '../env-schema.ts';
import type { OutboxHandler } from '../jobs/outbox-handler.ts';
import { decryptPii } from '../lib/pii.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { postToEndpoint } from '../lib/post-to-endpoint.ts';
import { signWebhook } from './sign-webhook.ts';
import { guardedDispatcher } from '../lib/outbound-address.ts';
import { WEBHOOK_TIMEOUT_MS, webhookOutboundRule } from './webhook-rules.ts';

/** The family of subscribers `webhook:<endpoint id>`: one per registered endpoint. Never rename it. */
export const WEBHOOK_SUBSCRIBER_PREFIX = 'webhook:';

/** What a partner receives: the event with the hall's global IDs and without personal data. */
export function webhookBody(event: { id: string; type: string; occurredAt: Date; payload: unknown }): string {
  const { caseId, evaluationId, comment: _personal, ...rest } = event.payload as Record<string, unknown>;
  return JSON.stringify({
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt.toISOString(),
    data: {
      ...(typeof caseId === 'string' ? { caseId: toGlobalId('Case', caseId) } : {}),
      ...(typeof evaluationId === 'string' ? { evaluationId: toGlobalId('Evaluation', evaluationId) } : {}),
      ...rest,
    },
  });
}

/**
 * Sends each event to the endpoint its delivery names, signed (X-Hall-Signature) with the endpoint's secret,
 * with `X-Hall-Delivery: <event id>`: the same on every retry and redelivery, so a receiver drops duplicates.
 * Order per case and the backoff are the outbox's. A disabled endpoint fails its deliveries (kept in the log).
 */
export function webhookHandler(
  clock: { now(): Date } = { now: () => new Date() },
  isProduction = readApiEnvVariable('NODE_ENV') === 'production',
): OutboxHandler {
  const dispatcher = guardedDispatcher(webhookOutboundRule(isProduction));
  return {
    subscriber: `${WEBHOOK_SUBSCRIBER_PREFIX}*`,
    eventTypes: [],
    timeoutMs: WEBHOOK_TIMEOUT_MS,
    async handle(event, { tx, subscriber, signal, attempt }) {
      const endpointId = subscriber.slice(WEBHOOK_SUBSCRIBER_PREFIX.length);
      const endpoint = await tx.webhookEndpoint.findUnique({
        where: { id: endpointId },
        include: { client: { select: { isActive: true } } },
      });
      if (!endpoint?.isActive || !endpoint.client.isActive) {
        throw new Error('endpoint disabled: not sent');
      }
      const body = webhookBody(event);
      const t = Math.floor(clock.now().getTime() / 1000);
      await postToEndpoint(endpoint.url, body, {
        signal,
        timeoutMs: WEBHOOK_TIMEOUT_MS,
        dispatcher,
        headers: {
          'x-hall-delivery': event.id,
          'x-hall-event': event.type,
          'x-hall-attempt': String(attempt),
          'x-hall-signature': signWebhook(decryptPii(endpoint.secret), body, t),
        },
      });
    },
  };
}
