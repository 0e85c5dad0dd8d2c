import { MOBILE_NUMBER } from '@hall/labels';
import type { PhoneCodePurpose } from '../generated/prisma/client.ts';
import type { Db } from '../db/prisma.ts';
import { readApiEnvVariable } from '../env-schema.ts';
import { userError } from '../lib/errors.ts';
import { hashOneTimeCode, newNumericCode } from '../lib/one-time-code.ts';

/** A mainland mobile number: 11 digits starting 1[3-9] (the rule the web's phone fields check too). */
export const MOBILE_SHAPE = MOBILE_NUMBER.pattern;
export const MOBILE_MESSAGE = MOBILE_NUMBER.message;
/** 修改手机号 to the number the account has already, or to another account's number. */
export const SAME_PHONE = userError('INVALID', '新手机号与当前手机号相同', ['input', 'phone']);
export const PHONE_TAKEN = userError('TAKEN', '该手机号已被其他账号使用', ['input', 'phone']);
export const PHONE_CODE_SHAPE = /^[0-9]{6}$/;

/** 6 digits; only the keyed hash is stored, domain-separated per purpose (lib/one-time-code.ts). */
export const newPhoneCode = () => newNumericCode(6);
export const hashPhoneCode = (purpose: PhoneCodePurpose, code: string) =>
  hashOneTimeCode(`phone-code:${purpose}`, code);

/** PHONE_CODE_TTL_MINUTES (its default and cap: env-schema.ts). */
export function phoneCodeTtlMs(env: Record<string, string | undefined> = process.env): number {
  return Math.round(readApiEnvVariable('PHONE_CODE_TTL_MINUTES', env) * 60_000);
}

export const PURPOSE_LABEL: Record<PhoneCodePurpose, string> = {
  REGISTER: '注册',
  RESET_PASSWORD: '找回密码',
  CHANGE_PHONE: '修改手机号',
};

/** Sending codes: at most one a minute and 5 an hour per number, 20 an hour per address (README). */
export const PHONE_CODE_SENDS = {
  perNumberMinute: { limit: 1, windowMs: 60_000 },
  perNumberHour: { limit: 5, windowMs: 60 * 60_000 },
  perAddressHour: { limit: 20, windowMs: 60 * 60_000 },
};

/** Wrong codes are counted per number and purpose (lib/one-time-code.ts CODE_ATTEMPTS). */
export const codeAttemptKey = (purpose: PhoneCodePurpose, phoneHash: string) =>
  `phone-code-check:${purpose}:${phoneHash}`;

/**
 * Consumes the live code for this number and purpose if `code` is it: one conditional UPDATE, so of two
 * concurrent requests only one wins. True when consumed; a wrong, used, superseded or expired code is false.
 */
export async function consumePhoneCode(
  tx: Pick<Db, '$queryRaw'>,
  input: { purpose: PhoneCodePurpose; phoneHash: string; code: string; now: Date },
): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE phone_codes SET used_at = ${input.now}
     WHERE phone_hash = ${input.phoneHash} AND purpose = ${input.purpose}::"PhoneCodePurpose"
       AND code_hash = ${hashPhoneCode(input.purpose, input.code)}
       AND used_at IS NULL AND superseded_at IS NULL AND expires_at > ${input.now}
    RETURNING id::text`;
  return rows.length === 1;
}
