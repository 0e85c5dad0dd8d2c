import type { Context } from '../context.ts';
import type { PhoneCodePurpose } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { formatCst } from '../lib/natural-days.ts';
import { piiLookupHash } from '../lib/pii.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import { accountPolicy } from './account-policy.ts';
import {
  hashPhoneCode,
  MOBILE_MESSAGE,
  MOBILE_SHAPE,
  newPhoneCode,
  PHONE_CODE_SENDS,
  PHONE_TAKEN,
  SAME_PHONE,
  phoneCodeTtlMs,
  PURPOSE_LABEL,
} from './phone-code.ts';

const PHONE = ['input', 'phone'];

export interface SendPhoneCodeOutcome {
  result: Result<{ expiresAt: Date }>;
  /** when another code may be asked for, when throttled */
  retryAt: Date | null;
}

/**
 * Sends a 6-digit code by SMS for 注册, 找回密码 or 修改手机号. Anyone may ask (nobody is signed in yet), so every request
 * is counted first — per number (one a minute, five an hour) and per address (twenty an hour) — before
 * anything is looked up. For 注册 a number that already has an account is refused by name (the account must
 * be unique anyway); for 找回密码 a number without an account gets the same answer as one with, and no SMS.
 * For 修改手机号 the caller must be signed in (a CITIZEN), and the new number must not be any account's yet
 * (the caller's own included). A new code supersedes the number's previous live code for the same purpose.
 */
export async function sendPhoneCode(
  ctx: Context,
  input: { phone: string; purpose: PhoneCodePurpose },
): Promise<SendPhoneCodeOutcome> {
  const caller =
    input.purpose === 'CHANGE_PHONE' ? accountPolicy.requireUser(ctx.principal, 'account.changePhone') : null;
  const phone = input.phone.trim();
  if (!MOBILE_SHAPE.test(phone)) {
    return { result: refused(userError('INVALID', MOBILE_MESSAGE, PHONE)), retryAt: null };
  }
  const now = ctx.clock.now();
  const phoneHash = piiLookupHash(phone);
  const throttled = await takeSendAllowance(ctx, phoneHash, now);
  if (throttled) {
    const message = `获取验证码过于频繁，请于 ${formatCst(throttled)} 后再试`;
    return { result: refused(userError('THROTTLED', message, PHONE)), retryAt: throttled };
  }
  const account = await ctx.db.user.findUnique({
    where: { phoneHash },
    select: { id: true, isActive: true },
  });
  const expiresAt = new Date(now.getTime() + phoneCodeTtlMs());
  if (input.purpose === 'REGISTER' && account) {
    return {
      result: refused(userError('TAKEN', '该手机号已注册，请直接登录或找回密码', PHONE)),
      retryAt: null,
    };
  }
  if (caller && account) {
    const problem = account.id === caller.user.id ? SAME_PHONE : PHONE_TAKEN;
    return { result: refused(problem), retryAt: null };
  }
  // 找回密码 for a number without a usable account: the same answer, nothing sent.
  if (input.purpose === 'RESET_PASSWORD' && !account?.isActive)
    return { result: ok({ expiresAt }), retryAt: null };

  const code = newPhoneCode();
  const row = await storeCode(ctx, { purpose: input.purpose, phoneHash, code, now, expiresAt });
  const minutes = Math.round(phoneCodeTtlMs() / 60_000);
  await ctx.sms.send(
    {
      idempotencyKey: `phone-code:${row.id}`,
      phone,
      text: `【天津网上办事大厅】您的${PURPOSE_LABEL[input.purpose]}验证码为 ${code}，${minutes} 分钟内有效。如非本人操作，请忽略本短信。`,
    },
    AbortSignal.timeout(10_000),
  );
  return { result: ok({ expiresAt }), retryAt: null };
}

/** Counts this request against each sending limit; the latest reset time of any limit it breaks, or null. */
async function takeSendAllowance(ctx: Context, phoneHash: string, now: Date): Promise<Date | null> {
  const { perNumberMinute, perNumberHour, perAddressHour } = PHONE_CODE_SENDS;
  const checks = [
    ctx.abuse.take(`phone-code-send:min:${phoneHash}`, perNumberMinute, now, 1),
    ctx.abuse.take(`phone-code-send:hour:${phoneHash}`, perNumberHour, now, 1),
    ctx.abuse.take(`phone-code-send:addr:${ctx.ip ?? 'unknown'}`, perAddressHour, now, 1),
  ];
  const refusedAt = (await Promise.all(checks))
    .filter((check) => !check.taken)
    .map((check) => check.state.resetAt);
  return refusedAt.length ? new Date(Math.max(...refusedAt.map((at) => at.getTime()))) : null;
}

/** Supersedes the live code and stores the new one in one transaction (the partial unique index holds one). */
async function storeCode(
  ctx: Context,
  code: { purpose: PhoneCodePurpose; phoneHash: string; code: string; now: Date; expiresAt: Date },
) {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await ctx.db.$transaction(async (tx) => {
        await tx.phoneCode.updateMany({
          where: { phoneHash: code.phoneHash, purpose: code.purpose, usedAt: null, supersededAt: null },
          data: { supersededAt: code.now },
        });
        return tx.phoneCode.create({
          data: {
            purpose: code.purpose,
            phoneHash: code.phoneHash,
            codeHash: hashPhoneCode(code.purpose, code.code),
            createdAt: code.now,
            expiresAt: code.expiresAt,
          },
          select: { id: true },
        });
      });
    } catch (error) {
      // Two requests for one number at once: the loser supersedes the winner's code on its retry.
      if (!isUniqueViolation(error) || attempt >= 2) throw error;
    }
  }
}
