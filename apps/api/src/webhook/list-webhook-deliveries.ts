import type { Context } from '../context.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { WebhookDeliveryStatus } from '../generated/graphql.ts';
import { pageSize, toPage, type Page } from '../lib/connection.ts';
import { DELIVERY_COLUMNS_SQL, deliveryCursor, deliveryListConditions } from '../jobs/delivery-state.ts';
import { webhookOwnerOf, webhookPolicy } from './webhook-policy.ts';

/** One delivery of one event to one endpoint. */
export interface WebhookDeliveryRow {
  eventId: string;
  seq: bigint;
  subscriber: string;
  endpointId: string;
  endpointUrl: string;
  clientId: string;
  eventType: string;
  occurredAt: Date;
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  deliveredAt: Date | null;
  lastAnswer: string | null;
}

/** The deliveries to webhook endpoints matching `where` (w: webhook_endpoints), newest first. */
export function selectWebhookDeliveries(
  db: Prisma.TransactionClient | Context['db'],
  where: Prisma.Sql,
  limit: number,
): Promise<WebhookDeliveryRow[]> {
  return db.$queryRaw<WebhookDeliveryRow[]>`
    SELECT ${DELIVERY_COLUMNS_SQL}, w."id"::text AS "endpointId", w."url" AS "endpointUrl",
           w."client_id"::text AS "clientId"
      FROM "webhook_endpoints" w
      JOIN "outbox_deliveries" d ON d."subscriber" = 'webhook:' || w."id"
      JOIN "outbox_events" e ON e."id" = d."event_id"
     WHERE ${where}
     ORDER BY d."seq" DESC, w."id"
     LIMIT ${limit}`;
}

/**
 * The delivery log: a partner system reads its own endpoints' deliveries; an admin names the client
 * (`apiClientId`, required for admins). Newest event first.
 */
export async function listWebhookDeliveries(
  ctx: Context,
  input: {
    apiClientId?: string | null;
    statuses?: readonly WebhookDeliveryStatus[] | null;
    first?: number | null;
    after?: string | null;
  },
): Promise<Page<WebhookDeliveryRow>> {
  webhookPolicy.require(ctx.principal, 'webhook.readLog');
  const size = pageSize(input.first);
  const clientId = webhookOwnerOf(ctx.principal) ?? input.apiClientId ?? null;
  const conditions = [
    clientId ? Prisma.sql`w."client_id" = ${clientId}::uuid` : Prisma.sql`FALSE`,
    ...deliveryListConditions(input),
  ];
  const rows = await selectWebhookDeliveries(ctx.db, Prisma.join(conditions, ' AND '), size + 1);
  return toPage(rows, size, Boolean(input.after), deliveryCursor);
}
