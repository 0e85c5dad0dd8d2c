import type { Context } from '../context.ts';
import type { Prisma, PhoneCodePurpose } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result, type UserError } from '../lib/errors.ts';
import { formatCst } from '../lib/natural-days.ts';
import { CODE_ATTEMPTS, WRONG_CODE } from '../lib/one-time-code.ts';
import { codeAttemptKey, consumePhoneCode, PHONE_CODE_SHAPE } from './phone-code.ts';

export interface RedeemOutcome<T> {
  result: Result<T>;
  /** when code entry opens again, when locked */
  lockedUntil: Date | null;
}

class Refusal extends Error {
  constructor(
    readonly errors: UserError[],
    readonly wrongCode = false,
  ) {
    super('refused');
  }
}

/**
 * Consumes the number's live code for `purpose` and runs `work` in the same transaction: a refusal from
 * `work` (thrown with `refuse`) or any error rolls the code back to unused. Wrong codes count against the
 * number (CODE_ATTEMPTS: 5 in 15 minutes, reserved before the check, forgiven when the code was right), so
 * a locked number accepts no code at all, not even the right one.
 */
export async function redeemPhoneCode<T>(
  ctx: Context,
  input: { purpose: PhoneCodePurpose; phoneHash: string; code: string; field: string[] },
  work: (tx: Prisma.TransactionClient, refuse: (...errors: UserError[]) => never) => Promise<T>,
): Promise<RedeemOutcome<T>> {
  const code = input.code.trim();
  if (!PHONE_CODE_SHAPE.test(code)) {
    return {
      result: refused(userError('INVALID', '请输入短信中的 6 位验证码', input.field)),
      lockedUntil: null,
    };
  }
  const now = ctx.clock.now();
  const slot = await ctx.abuse.takeAttempt(
    codeAttemptKey(input.purpose, input.phoneHash),
    CODE_ATTEMPTS,
    now,
  );
  if (!slot.ok) {
    const message = `验证码错误次数过多，请于 ${formatCst(slot.lockedUntil)} 后再试`;
    return { result: refused(userError('THROTTLED', message, input.field)), lockedUntil: slot.lockedUntil };
  }
  const refuse = (...errors: UserError[]): never => {
    throw new Refusal(errors);
  };
  try {
    const value = await ctx.db.$transaction(async (tx) => {
      const consumed = await consumePhoneCode(tx, { ...input, code, now });
      if (!consumed) throw new Refusal([userError('INVALID', WRONG_CODE, input.field)], true);
      return work(tx, refuse);
    });
    await ctx.abuse.forgiveAttempt(slot.attempt);
    return { result: ok(value), lockedUntil: null };
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    // Only a wrong code counts; a refusal of the rest of the request gives the attempt back.
    if (!error.wrongCode) await ctx.abuse.forgiveAttempt(slot.attempt);
    return { result: refused(...error.errors), lockedUntil: null };
  }
}
