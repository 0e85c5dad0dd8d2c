import type { Context } from '../context.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { ok, refused, type Result } from '../lib/errors.ts';
import { notFound } from '../lib/payload.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { requeueDelivery } from '../jobs/delivery-state.ts';
import { webhookOwnerOf, webhookPolicy } from './webhook-policy.ts';
import { selectWebhookDeliveries, type WebhookDeliveryRow } from './list-webhook-deliveries.ts';
import { WEBHOOK_SUBSCRIBER_PREFIX } from './webhook-handler.ts';

/**
 * Redelivery: the delivery is due again now, whatever its state (a delivered one too: the receiver asked for
 * it), with a fresh series of attempts and the same delivery id. A partner redelivers its own only.
 */
export async function redeliverWebhook(
  ctx: Context,
  input: { endpointId: string; eventId: string },
): Promise<Result<WebhookDeliveryRow>> {
  webhookPolicy.require(ctx.principal, 'webhook.redeliver');
  const owner = webhookOwnerOf(ctx.principal);
  const match = Prisma.sql`w."id" = ${input.endpointId}::uuid AND d."event_id" = ${input.eventId}::uuid
    AND (${owner}::uuid IS NULL OR w."client_id" = ${owner}::uuid)`;
  return ctx.db.$transaction(async (tx) => {
    const [found] = await selectWebhookDeliveries(tx, match, 1);
    if (!found) return refused(notFound(['input', 'deliveryId'], '未找到该推送记录。'));
    await requeueDelivery(tx, `${WEBHOOK_SUBSCRIBER_PREFIX}${input.endpointId}`, input.eventId);
    await writeAuditLog(tx, ctx, {
      action: 'webhook.redeliver',
      subjectType: 'WebhookEndpoint',
      subjectId: input.endpointId,
      details: { eventId: input.eventId, previousStatus: found.status },
    });
    const [row] = await selectWebhookDeliveries(tx, match, 1);
    return ok(row!);
  });
}
