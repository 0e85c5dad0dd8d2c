'use server';

// 结果寄送 as server actions its client form awaits (lib/urql-server.ts serverMutationOutcome): the page
// ships neither urql nor the GraphQL documents.
import { graphql } from '@/gql';
import { serverMutationOutcome } from '@/lib/urql-server';

const ChooseMutation = graphql(`
  mutation ChooseCaseDeliveryAddress($input: ChooseCaseDeliveryAddressInput!) {
    chooseCaseDeliveryAddress(input: $input) {
      case {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 结果寄送: the address (from the address book) the case's result is posted to. */
export async function chooseDeliveryAddress(caseId: string, addressId: string) {
  return serverMutationOutcome(
    ChooseMutation,
    { input: { caseId, addressId } },
    (data) => data.chooseCaseDeliveryAddress,
  );
}
