import type { Context } from '../context.ts';
import type { WebhookEndpoint } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { notFound } from '../lib/payload.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { webhookPolicy } from './webhook-policy.ts';
import { WEBHOOK_SUBSCRIBER_PREFIX } from './webhook-handler.ts';

/**
 * A partner system disables its own endpoint: no new deliveries (the fan-out trigger skips inactive ones),
 * and its undelivered ones leave the queue in the same transaction; delivered ones stay in the log.
 */
export async function disableWebhookEndpoint(
  ctx: Context,
  input: { endpointId: string },
): Promise<Result<WebhookEndpoint>> {
  const client = webhookPolicy.requireClient(ctx.principal, 'webhook.manage');
  const endpoint = await ctx.db.webhookEndpoint.findFirst({
    where: { id: input.endpointId, clientId: client.client.id },
  });
  if (!endpoint) return refused(notFound(['input', 'webhookEndpointId'], '未找到该回调地址。'));
  if (!endpoint.isActive) {
    return refused(userError('INVALID', '该回调地址已停用。', ['input', 'webhookEndpointId']));
  }
  const disabled = await ctx.db.$transaction(async (tx) => {
    const row = await tx.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { isActive: false, disabledAt: ctx.clock.now() },
    });
    await tx.outboxDelivery.deleteMany({
      where: { subscriber: `${WEBHOOK_SUBSCRIBER_PREFIX}${endpoint.id}`, status: { not: 'DONE' } },
    });
    await writeAuditLog(tx, ctx, {
      action: 'webhook.disable',
      subjectType: 'WebhookEndpoint',
      subjectId: endpoint.id,
      details: { url: endpoint.url },
    });
    return row;
  });
  return ok(disabled);
}
