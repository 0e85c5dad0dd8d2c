// Loaded only when the user acts (the component imports it dynamically): a client component that calls
// the `graphql` function itself ships the whole generated documents map (gql/gql.ts, ~24 KiB gzip) with the page.
import { graphql } from '@/gql';
import { sendMutation } from '@/lib/send-mutation';

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
export function chooseDeliveryAddress(caseId: string, addressId: string) {
  return sendMutation(
    ChooseMutation,
    { input: { caseId, addressId } },
    (data) => data.chooseCaseDeliveryAddress,
  );
}
