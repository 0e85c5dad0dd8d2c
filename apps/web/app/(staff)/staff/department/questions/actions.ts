'use server';

import { graphql } from '@/gql';
import { serverMutation } from '@/lib/urql-server';

const AnswerQuestionMutation = graphql(`
  mutation AnswerQuestion($input: AnswerQuestionInput!) {
    answerQuestion(input: $input) {
      question {
        id
        state
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/**
 * 答复 a 咨询 or 投诉, on the server as the signed-in clerk (no client-side GraphQL on the page). The API checks
 * the department, that it is unanswered and the text; its `userErrors` go to the form.
 */
export async function answerQuestionAction(questionId: string, answer: string) {
  const data = await serverMutation(AnswerQuestionMutation, { input: { questionId, answer } });
  return { data: data.answerQuestion };
}
