'use server';

import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { graphql } from '@/gql';
import type { PhoneCodePurpose } from '@/gql/graphql';
import { mutationOutcome, type PayloadWithUserErrors } from '@/lib/mutation-outcome';
import { getServerClient } from '@/lib/urql-server';
import type { FieldErrors } from '@/lib/user-errors';

/**
 * The account forms' mutations (注册, 找回密码, 获取验证码, 修改手机号, 修改密码) as server actions: the forms call
 * them from plain HTML (no urql or Ant Design in the browser). The API call carries the visitor's session and
 * the address the web saw (lib/urql-server.ts), so the per-number and per-address limits hold as before.
 */
export type AccountActionOutcome<Data> =
  | { ok: true; data: Data }
  | {
      ok: false;
      /** `userErrors` of the form's own fields, by form field name */
      fields: FieldErrors;
      /** the rest, and a request that failed as a whole, for the form's alert */
      others: string[];
      /** when the API locked code (or password) entry */
      lockedUntil?: string | null;
    };

type Payload = PayloadWithUserErrors & { lockedUntil?: string | null };

async function run<Data, Variables extends AnyVariables, P extends Payload, Result>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Variables,
  pick: (data: Data) => P | null | undefined,
  form: { fields: readonly string[]; aliases?: Readonly<Record<string, string>> },
  answer: (payload: P) => Result,
): Promise<AccountActionOutcome<Result>> {
  const client = await getServerClient();
  const result = await client.mutation(document, variables).toPromise();
  const outcome = mutationOutcome(result, pick, form.fields, form.aliases);
  if (outcome.ok) return { ok: true, data: answer(outcome.payload) };
  return {
    ok: false,
    fields: outcome.fields,
    others: outcome.others,
    lockedUntil: outcome.payload?.lockedUntil ?? null,
  };
}

const SendPhoneCodeMutation = graphql(`
  mutation SendPhoneCode($input: SendPhoneCodeInput!) {
    sendPhoneCode(input: $input) {
      expiresAt
      retryAt
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 获取验证码: a code to `phone` for `purpose`; the API's refusal belongs to the phone field. */
export async function sendPhoneCodeAction(phone: string, purpose: PhoneCodePurpose) {
  return run(
    SendPhoneCodeMutation,
    { input: { phone: phone.trim(), purpose } },
    (data) => data.sendPhoneCode,
    { fields: ['phone'] },
    (payload) => ({ retryAt: payload.retryAt }),
  );
}

const RegisterAccountMutation = graphql(`
  mutation RegisterAccount($input: RegisterAccountInput!) {
    registerAccount(input: $input) {
      user {
        id
      }
      lockedUntil
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 注册 with the versions of the terms and the personal-information notice the visitor agreed to. */
export async function registerAccountAction(input: {
  phone: string;
  code: string;
  name: string;
  password: string;
  termsVersion: string;
  privacyNoticeVersion: string;
}) {
  return run(
    RegisterAccountMutation,
    { input: { ...input, phone: input.phone.trim(), code: input.code.trim() } },
    (data) => data.registerAccount,
    {
      fields: ['phone', 'code', 'name', 'password'],
      aliases: { termsVersion: 'agree', privacyNoticeVersion: 'agree' },
    },
    () => null,
  );
}

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      revokedSessions
      lockedUntil
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 找回密码: a new password by the code sent to the registered mobile; every session of the account ends. */
export async function resetPasswordAction(input: { phone: string; code: string; newPassword: string }) {
  return run(
    ResetPasswordMutation,
    { input: { ...input, phone: input.phone.trim(), code: input.code.trim() } },
    (data) => data.resetPassword,
    { fields: ['phone', 'code', 'newPassword'] },
    () => null,
  );
}

const ChangePhoneMutation = graphql(`
  mutation ChangePhone($input: ChangePhoneInput!) {
    changePhone(input: $input) {
      user {
        id
        maskedPhone
      }
      lockedUntil
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 修改手机号: the new number and the code sent to it. */
export async function changePhoneAction(input: { phone: string; code: string }) {
  return run(
    ChangePhoneMutation,
    { input: { phone: input.phone.trim(), code: input.code.trim() } },
    (data) => data.changePhone,
    { fields: ['phone', 'code'] },
    (payload) => ({ maskedPhone: payload.user?.maskedPhone ?? '' }),
  );
}

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      revokedSessions
      lockedUntil
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** 修改密码: the current password and the new one; the user's other sessions end. */
export async function changePasswordAction(input: { currentPassword: string; newPassword: string }) {
  return run(
    ChangePasswordMutation,
    { input },
    (data) => data.changePassword,
    { fields: ['currentPassword', 'newPassword'] },
    (payload) => ({ revokedSessions: payload.revokedSessions ?? 0 }),
  );
}
