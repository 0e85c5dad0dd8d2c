// Loaded only when the user acts (CorrectionForm imports it dynamically): a client component that calls
// the `graphql` function itself ships the whole generated documents map (gql/gql.ts, ~24 KiB gzip) with the page.
import { graphql, useFragment } from '@/gql';
import { UserErrorFieldsFragment } from '@/lib/user-error-fields';
import { sendMutation } from '@/lib/send-mutation';

const SubmitCorrectionMutation = graphql(`
  mutation SubmitCorrection($input: SubmitCorrectionInput!) {
    submitCorrection(input: $input) {
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

const RemoveCorrectionMaterialMutation = graphql(`
  mutation RemoveCorrectionMaterial($input: RemoveCorrectionMaterialInput!) {
    removeCorrectionMaterial(input: $input) {
      removedMaterialId
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 删除 of one uploaded file. */
export function removeCorrectionMaterial(materialId: string) {
  return sendMutation(
    RemoveCorrectionMaterialMutation,
    { input: { materialId } },
    (data) => data.removeCorrectionMaterial,
  );
}

/**
 * 提交补正. When refused, a material without a file is named by its field (["input", "materials", <name>]):
 * those messages come back by material, the rest in `others`.
 */
export async function submitCorrection(
  caseId: string,
): Promise<{ ok: true } | { ok: false; atMaterials: Record<string, string>; others: string[] }> {
  const outcome = await sendMutation(
    SubmitCorrectionMutation,
    { input: { caseId } },
    (data) => data.submitCorrection,
    ['materials'],
  );
  if (outcome.ok) return { ok: true };
  const atMaterials: Record<string, string> = {};
  for (const error of useFragment(UserErrorFieldsFragment, outcome.payload?.userErrors ?? [])) {
    if (error.field?.[1] === 'materials' && error.field[2]) atMaterials[error.field[2]] = error.message;
  }
  return { ok: false, atMaterials, others: outcome.others };
}
