'use server';

import { graphql } from '@/gql';
import type { EvaluationAppealDecision } from '@/gql/graphql';
import { serverMutation } from '@/lib/urql-server';

const DecideAppealMutation = graphql(`
  mutation DecideEvaluationAppeal($input: DecideEvaluationAppealInput!) {
    decideEvaluationAppeal(input: $input) {
      appeal {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/**
 * 复核 one appeal, on the server as the signed-in supervisor (no client-side GraphQL on the page). The API
 * checks the role, that the appeal is still pending and the note's length; its `userErrors` go to the form.
 */
export async function decideEvaluationAppealAction(
  appealId: string,
  decision: EvaluationAppealDecision,
  note: string | null,
) {
  const data = await serverMutation(DecideAppealMutation, { input: { appealId, decision, note } });
  return { data: data.decideEvaluationAppeal };
}
