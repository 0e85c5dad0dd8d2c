'use server';

import { graphql } from '@/gql';
import { serverMutation } from '@/lib/urql-server';

const RedeliverWebhookMutation = graphql(`
  mutation RedeliverWebhook($input: RedeliverWebhookInput!) {
    redeliverWebhook(input: $input) {
      delivery {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 重新推送, on the server as the signed-in administrator (the API checks the role and the delivery's state). */
export async function redeliverWebhookAction(deliveryId: string) {
  const data = await serverMutation(RedeliverWebhookMutation, { input: { deliveryId } });
  return { data: data.redeliverWebhook };
}
