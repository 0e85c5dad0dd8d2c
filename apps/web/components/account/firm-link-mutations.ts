'use server';

// 企业关联 as server actions its client form awaits (lib/urql-server.ts serverMutationOutcome): the page
// ships neither urql nor the GraphQL documents.
import { graphql } from '@/gql';
import { serverMutationOutcome } from '@/lib/urql-server';

const RequestFirmLinkMutation = graphql(`
  mutation RequestFirmLink($input: RequestFirmLinkInput!) {
    requestFirmLink(input: $input) {
      firmLink {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const DecideFirmLinkMutation = graphql(`
  mutation DecideFirmLink($input: DecideFirmLinkInput!) {
    decideFirmLink(input: $input) {
      firmLink {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 申请关联: the firm's 统一社会信用代码 (its userErrors at `creditCode`). */
export async function requestFirmLink(creditCode: string) {
  return serverMutationOutcome(
    RequestFirmLinkMutation,
    { input: { creditCode } },
    (data) => data.requestFirmLink,
    ['creditCode'],
  );
}

/** 同意 / 拒绝 of one request, by the firm's legal representative. */
export async function decideFirmLink(linkId: string, approve: boolean) {
  return serverMutationOutcome(
    DecideFirmLinkMutation,
    { input: { linkId, approve } },
    (data) => data.decideFirmLink,
  );
}
