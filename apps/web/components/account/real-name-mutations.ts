'use server';

// 实名认证 and 实人认证 as server actions its client form awaits (lib/urql-server.ts serverMutationOutcome): the page
// ships neither urql nor the GraphQL documents.
import { graphql } from '@/gql';
import { serverMutationOutcome } from '@/lib/urql-server';

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
export async function verifyRealName(input: { name: string; idNumber: string }) {
  return serverMutationOutcome(VerifyRealNameMutation, { input }, (data) => data.verifyRealName, [
    'name',
    'idNumber',
  ]);
}

/** 实人认证 with the face service's token. */
export async function verifyRealPerson(livenessToken: string) {
  return serverMutationOutcome(
    VerifyRealPersonMutation,
    { input: { livenessToken } },
    (data) => data.verifyRealPerson,
  );
}
