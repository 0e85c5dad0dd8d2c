'use server';

import { revalidatePath } from 'next/cache';
import { graphql } from '@/gql';
import { idNumberProblem, normalizeIdNumber } from '@/lib/id-number';
import { formRefusal, userErrorMessages } from '@/lib/mutation-outcome';
import { serverMutation } from '@/lib/urql-server';
import { backWithOutcome } from '@/lib/back-with-outcome';
import { LICENSES_PATH } from './licenses-path';

const GenerateLicenseCodeMutation = graphql(`
  mutation GenerateLicenseCode($input: GenerateLicenseCodeInput!) {
    generateLicenseCode(input: $input) {
      code
      grant {
        id
        expiresAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RevokeLicenseCodeMutation = graphql(`
  mutation RevokeLicenseCode($input: RevokeLicenseCodeInput!) {
    revokeLicenseCode(input: $input) {
      grant {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const AppointMutation = graphql(`
  mutation AppointLicenseAdministrator($input: AppointLicenseAdministratorInput!) {
    appointLicenseAdministrator(input: $input) {
      license {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RemoveMutation = graphql(`
  mutation RemoveLicenseAdministrator($input: RemoveLicenseAdministratorInput!) {
    removeLicenseAdministrator(input: $input) {
      license {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** Back to 我的证照 saying what happened (the page's messages for `done`). */
function back(done: string, errors: string[] = []): never {
  return backWithOutcome(LICENSES_PATH, done, errors);
}

/** The code just generated (shown once, never in an address), or why none was. */
export type GenerateCodeState = { shown?: { code: string; expiresAt: string }; others: string[] };

/** 生成验证码: answers the code itself, so it reaches only this form; the page's list refreshes beside it. */
export async function generateCodeAction(
  _previous: GenerateCodeState,
  form: FormData,
): Promise<GenerateCodeState> {
  const input = { licenseId: String(form.get('licenseId') ?? '') };
  const { generateLicenseCode: payload } = await serverMutation(GenerateLicenseCodeMutation, { input });
  if (payload.userErrors.length > 0) return { others: userErrorMessages(payload.userErrors) };
  revalidatePath(LICENSES_PATH);
  if (!payload.code || !payload.grant) return { others: [] };
  return { shown: { code: payload.code, expiresAt: payload.grant.expiresAt }, others: [] };
}

/** 撤销 of an unused code (after 确定撤销). */
export async function revokeCodeAction(form: FormData) {
  const input = { grantId: String(form.get('grantId') ?? '') };
  const result = await serverMutation(RevokeLicenseCodeMutation, { input });
  back('revoked', userErrorMessages(result.revokeLicenseCode.userErrors));
}

/** What the 指定管理员 form shows after a refusal: the message beside 身份证号 or above, what was typed. */
export type AppointFormState = { fieldErrors: { idNumber?: string }; others: string[]; idNumber: string };

/** 指定管理员: the form's own checks first (nothing is sent while the number is wrong), then the API's. */
export async function appointAdministratorAction(
  _previous: AppointFormState,
  form: FormData,
): Promise<AppointFormState> {
  const idNumber = normalizeIdNumber(String(form.get('idNumber') ?? ''));
  if (!idNumber) return { fieldErrors: { idNumber: '请输入身份证号' }, others: [], idNumber };
  if (idNumberProblem(idNumber) !== null) {
    return { fieldErrors: { idNumber: '身份证号格式不正确' }, others: [], idNumber };
  }
  const input = { licenseId: String(form.get('licenseId') ?? ''), idNumber };
  const { appointLicenseAdministrator: payload } = await serverMutation(AppointMutation, { input });
  if (payload.userErrors.length > 0) return { ...formRefusal(payload.userErrors, ['idNumber']), idNumber };
  back('appointed');
}

/** 取消 of an administrator's appointment (after the question). */
export async function removeAdministratorAction(form: FormData) {
  const input = {
    licenseId: String(form.get('licenseId') ?? ''),
    administratorId: String(form.get('administratorId') ?? ''),
  };
  const result = await serverMutation(RemoveMutation, { input });
  back('removed', userErrorMessages(result.removeLicenseAdministrator.userErrors));
}
