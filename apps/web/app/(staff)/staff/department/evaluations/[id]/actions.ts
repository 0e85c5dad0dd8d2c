'use server';

import { graphql } from '@/gql';
import { serverMutation } from '@/lib/urql-server';

// The department's written actions on a bad review, run on the server as the signed-in clerk (no client-side
// GraphQL on the page). The API checks the department, the state and the text; each answers its payload, whose
// `userErrors` the form shows (components/evaluations/TextActionForm.tsx).

const ReplyMutation = graphql(`
  mutation ReplyToEvaluation($input: ReplyToEvaluationInput!) {
    replyToEvaluation(input: $input) {
      evaluation {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const CallbackMutation = graphql(`
  mutation RecordEvaluationCallback($input: EvaluationNoteInput!) {
    recordEvaluationCallback(input: $input) {
      evaluation {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RectificationMutation = graphql(`
  mutation RecordEvaluationRectification($input: EvaluationNoteInput!) {
    recordEvaluationRectification(input: $input) {
      evaluation {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const AppealMutation = graphql(`
  mutation FileEvaluationAppeal($input: FileEvaluationAppealInput!) {
    fileEvaluationAppeal(input: $input) {
      appeal {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 回复 (once; the applicant sees it). */
export async function replyToEvaluationAction(evaluationId: string, body: string) {
  const data = await serverMutation(ReplyMutation, { input: { evaluationId, body } });
  return { data: data.replyToEvaluation };
}

/** 回访 note. */
export async function recordEvaluationCallbackAction(evaluationId: string, body: string) {
  const data = await serverMutation(CallbackMutation, { input: { evaluationId, body } });
  return { data: data.recordEvaluationCallback };
}

/** 整改 note. */
export async function recordEvaluationRectificationAction(evaluationId: string, body: string) {
  const data = await serverMutation(RectificationMutation, { input: { evaluationId, body } });
  return { data: data.recordEvaluationRectification };
}

/** 申诉 (once), for the supervisor to decide. */
export async function fileEvaluationAppealAction(evaluationId: string, reason: string) {
  const data = await serverMutation(AppealMutation, { input: { evaluationId, reason } });
  return { data: data.fileEvaluationAppeal };
}
