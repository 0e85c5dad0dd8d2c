import type { Resolvers } from '../generated/graphql.ts';
import { fromGlobalId, toGlobalId } from '../lib/global-id.ts';
import { NO_ROW_ID, inputId, parseGlobalId, toPayload } from '../lib/payload.ts';
import { registerWebhookEndpoint } from './register-webhook-endpoint.ts';
import { listWebhookDeliveries } from './list-webhook-deliveries.ts';
import { listWebhookEndpoints } from './list-webhook-endpoints.ts';
import { redeliverWebhook } from './redeliver-webhook.ts';
import { disableWebhookEndpoint } from './disable-webhook-endpoint.ts';

const UUID = /^[0-9a-f-]{36}$/;

/** WebhookDelivery's global ID holds `<endpoint id>/<event id>`; anything else names no delivery. */
function deliveryIds(globalId: string): { endpointId: string; eventId: string } {
  const parsed = fromGlobalId(globalId);
  const [endpointId, eventId] = parsed?.type === 'WebhookDelivery' ? parsed.id.split('/') : [];
  return endpointId && eventId && UUID.test(endpointId) && UUID.test(eventId)
    ? { endpointId, eventId }
    : { endpointId: NO_ROW_ID, eventId: NO_ROW_ID };
}

export const webhookResolvers: Resolvers = {
  Query: {
    webhookEndpoints: (_parent, _args, ctx) => listWebhookEndpoints(ctx),
    webhookDeliveries: (_parent, args, ctx) =>
      listWebhookDeliveries(ctx, {
        ...args,
        apiClientId: args.apiClientId ? (parseGlobalId(args.apiClientId, 'ApiClient') ?? NO_ROW_ID) : null,
      }),
  },
  Mutation: {
    registerWebhookEndpoint: async (_parent, { input }, ctx) => {
      const result = await registerWebhookEndpoint(ctx, input);
      return result.ok
        ? { webhookEndpoint: result.value.endpoint, signingSecret: result.value.secret, userErrors: [] }
        : { webhookEndpoint: null, signingSecret: null, userErrors: result.errors };
    },
    disableWebhookEndpoint: async (_parent, { input }, ctx) =>
      toPayload(
        'webhookEndpoint',
        await disableWebhookEndpoint(ctx, {
          endpointId: inputId(input.webhookEndpointId, 'WebhookEndpoint'),
        }),
      ),
    redeliverWebhook: async (_parent, { input }, ctx) =>
      toPayload('delivery', await redeliverWebhook(ctx, deliveryIds(input.deliveryId))),
  },
  ApiClient: {
    webhookEndpoints: (client, _args, ctx) => listWebhookEndpoints(ctx, client.id),
  },
  WebhookEndpoint: {
    id: (endpoint) => toGlobalId('WebhookEndpoint', endpoint.id),
  },
  WebhookDelivery: {
    id: (row) => toGlobalId('WebhookDelivery', `${row.endpointId}/${row.eventId}`),
    deliveryId: (row) => row.eventId,
  },
};
