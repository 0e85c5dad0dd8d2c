'use server';

import type { FetchLicenseMaterialInput, SaveApplicationDraftInput } from '@/gql/graphql';
import { userErrorMessages } from '@/lib/mutation-outcome';
import { serverMutation } from '@/lib/urql-server';
import {
  FetchLicenseMaterialMutation,
  RemoveCaseMaterialMutation,
  SaveApplicationDraftMutation,
  SubmitDraftMutation,
} from './application-documents';

// 在线申报's mutations on the server as the signed-in applicant (no client-side GraphQL on the page). The API
// checks who may change the draft and answers refusals as `userErrors`; these answer their messages, which
// the wizard shows above its buttons (or at the material they concern).

/** An action's answer: `errors` empty when the API accepted it. */
export type ApplyActionAnswer<Extra = object> = { errors: string[] } & Extra;

/** 保存 (also before a first upload or license fetch): the draft's ID and 业务编号 once saved. */
export async function saveApplicationDraftAction(
  input: SaveApplicationDraftInput,
): Promise<ApplyActionAnswer<{ saved?: { id: string; businessNumber: string } }>> {
  const payload = (await serverMutation(SaveApplicationDraftMutation, { input })).saveApplicationDraft;
  const errors = userErrorMessages(payload.userErrors);
  return errors.length === 0 && payload.case ? { errors, saved: payload.case } : { errors };
}

/** 提交 of the saved draft: refused with what is still missing. */
export async function submitDraftAction(caseId: string): Promise<ApplyActionAnswer> {
  const payload = (await serverMutation(SubmitDraftMutation, { input: { caseId } })).submitDraft;
  return { errors: userErrorMessages(payload.userErrors) };
}

/** 删除 of one material of the draft. */
export async function removeCaseMaterialAction(materialId: string): Promise<ApplyActionAnswer> {
  const payload = (await serverMutation(RemoveCaseMaterialMutation, { input: { materialId } }))
    .removeCaseMaterial;
  return { errors: userErrorMessages(payload.userErrors) };
}

/** 获取证照: the license the 8-digit code opens, attached to the draft; after too many wrong codes, until when. */
export async function fetchLicenseMaterialAction(
  input: FetchLicenseMaterialInput,
): Promise<ApplyActionAnswer<{ lockedUntil?: string }>> {
  const payload = (await serverMutation(FetchLicenseMaterialMutation, { input })).fetchLicenseMaterial;
  return { errors: userErrorMessages(payload.userErrors), lockedUntil: payload.lockedUntil ?? undefined };
}
