// Loaded only when the user acts (the component imports it dynamically): a client component that calls
// the `graphql` function itself ships the whole generated documents map (gql/gql.ts, ~24 KiB gzip) with the page.
import { graphql } from '@/gql';
import { sendMutation } from '@/lib/send-mutation';

const VerifyRealNameMutation = graphql(`
  mutation VerifyRealName($input: VerifyRealNameInput!) {
    verifyRealName(input: $input) {
      user {
        id
        realNameLevel
      }
      lockedUntil
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const VerifyRealPersonMutation = graphql(`
  mutation VerifyRealPerson($input: VerifyRealPersonInput!) {
    verifyRealPerson(input: $input) {
      user {
        id
        realNameLevel
      }
      lockedUntil
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 实名认证: 姓名 and 身份证号 (their userErrors at those fields). */
export function verifyRealName(input: { name: string; idNumber: string }) {
  return sendMutation(VerifyRealNameMutation, { input }, (data) => data.verifyRealName, ['name', 'idNumber']);
}

/** 实人认证 with the face service's token. */
export function verifyRealPerson(livenessToken: string) {
  return sendMutation(
    VerifyRealPersonMutation,
    { input: { livenessToken } },
    (data) => data.verifyRealPerson,
  );
}
