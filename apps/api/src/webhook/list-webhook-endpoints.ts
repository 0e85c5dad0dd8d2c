import type { Context } from '../context.ts';
import type { WebhookEndpoint } from '../generated/prisma/client.ts';
import { webhookOwnerOf, webhookPolicy } from './webhook-policy.ts';

/** A partner system's own endpoints, or (admins) those of the given client; oldest first. */
export async function listWebhookEndpoints(ctx: Context, apiClientId?: string): Promise<WebhookEndpoint[]> {
  webhookPolicy.require(ctx.principal, 'webhook.readLog');
  const clientId = webhookOwnerOf(ctx.principal) ?? apiClientId;
  if (!clientId) return [];
  return ctx.db.webhookEndpoint.findMany({ where: { clientId }, orderBy: { createdAt: 'asc' } });
}
