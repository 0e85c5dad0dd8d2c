'use server';

import { graphql } from '@/gql';
import { serverMutation } from '@/lib/urql-server';

// 追评, run on the server as the signed-in applicant (no client-side GraphQL on the page). The API checks the
// owner, that the department has replied, the one follow-up and the text; the form shows its `userErrors`
// (components/evaluations/TextActionForm.tsx).

const AddFollowUpMutation = graphql(`
  mutation AddEvaluationFollowUp($input: EvaluationNoteInput!) {
    addEvaluationFollowUp(input: $input) {
      evaluation {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 追评 (once, after the department's reply). */
export async function addEvaluationFollowUpAction(evaluationId: string, body: string) {
  const data = await serverMutation(AddFollowUpMutation, { input: { evaluationId, body } });
  return { data: data.addEvaluationFollowUp };
}
