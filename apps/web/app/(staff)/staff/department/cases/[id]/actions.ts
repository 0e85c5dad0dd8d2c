'use server';

import { graphql } from '@/gql';
import type { DeliveryMethod } from '@/gql/graphql';
import { serverMutation } from '@/lib/urql-server';

// 办理: the department's transitions of a case, run on the server as the signed-in clerk (no client-side
// GraphQL on the page). The API decides which transitions the case allows and checks every field; its
// `userErrors` go next to the form's fields (components/staff/CaseActions.tsx).

const AcceptCaseMutation = graphql(`
  mutation AcceptCase($input: AcceptCaseInput!) {
    acceptCase(input: $input) {
      case {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RejectCaseMutation = graphql(`
  mutation RejectCase($input: RejectCaseInput!) {
    rejectCase(input: $input) {
      case {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RequestCorrectionMutation = graphql(`
  mutation RequestCorrection($input: RequestCorrectionInput!) {
    requestCorrection(input: $input) {
      case {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const StartProcessingMutation = graphql(`
  mutation StartProcessing($input: StartProcessingInput!) {
    startProcessing(input: $input) {
      case {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const CompleteCaseMutation = graphql(`
  mutation CompleteCase($input: CompleteCaseInput!) {
    completeCase(input: $input) {
      case {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 受理, or 承诺补正受理 with the day by which the applicant promises the missing materials. */
export async function acceptCaseAction(caseId: string, note: string | null, commitmentDueDate?: string) {
  const data = await serverMutation(AcceptCaseMutation, { input: { caseId, note, commitmentDueDate } });
  return { data: data.acceptCase };
}

/** 不予受理 with its reason. */
export async function rejectCaseAction(caseId: string, reason: string) {
  const data = await serverMutation(RejectCaseMutation, { input: { caseId, reason } });
  return { data: data.rejectCase };
}

/** 补正通知: every missing material at once (一次性告知). */
export async function requestCorrectionAction(
  caseId: string,
  missingMaterials: string[],
  note: string | null,
) {
  const data = await serverMutation(RequestCorrectionMutation, { input: { caseId, missingMaterials, note } });
  return { data: data.requestCorrection };
}

/** 开始办理. */
export async function startProcessingAction(caseId: string) {
  const data = await serverMutation(StartProcessingMutation, { input: { caseId } });
  return { data: data.startProcessing };
}

/** 办结 with the result and how it is delivered (a tracking number for 邮政速递). */
export async function completeCaseAction(
  caseId: string,
  result: string,
  deliveryMethod: DeliveryMethod,
  trackingNumber: string | null,
) {
  const data = await serverMutation(CompleteCaseMutation, {
    input: { caseId, result, deliveryMethod, trackingNumber },
  });
  return { data: data.completeCase };
}
