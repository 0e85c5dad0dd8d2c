import type { Context } from '../context.ts';
import { refused, userError } from '../lib/errors.ts';
import { WRONG_CODE } from '../lib/one-time-code.ts';
import { maskPhone, piiLookupHash } from '../lib/pii.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { hashPassword } from '../auth/password.ts';
import { passwordProblem } from '../auth/password-rule.ts';
import { revokeUserSessions } from '../auth/revoke-session.ts';
import { MOBILE_MESSAGE, MOBILE_SHAPE } from './phone-code.ts';
import { redeemPhoneCode, type RedeemOutcome } from './redeem-phone-code.ts';

/**
 * 找回密码: a new password for the account of a mobile number, confirmed by the code sent to it. In one
 * transaction the code is consumed, the password replaced and every session of the account ended. The new
 * password is checked (the rule, against the account's own ID number and phone) before the code is touched.
 */
export async function resetPassword(
  ctx: Context,
  input: { phone: string; code: string; newPassword: string },
): Promise<RedeemOutcome<{ revokedSessions: number }>> {
  const phone = input.phone.trim();
  if (!MOBILE_SHAPE.test(phone)) {
    return {
      result: refused(userError('INVALID', MOBILE_MESSAGE, ['input', 'phone'])),
      lockedUntil: null,
    };
  }
  const phoneHash = piiLookupHash(phone);
  const account = await ctx.db.user.findUnique({
    where: { phoneHash },
    select: { id: true, idNumberHash: true, phoneHash: true, isActive: true },
  });
  const weak = passwordProblem(
    input.newPassword,
    account ?? { idNumberHash: null, phoneHash },
    ['input', 'newPassword'],
    '新密码',
  );
  if (weak) return { result: refused(weak), lockedUntil: null };
  const passwordHash = await hashPassword(input.newPassword);
  return redeemPhoneCode(
    ctx,
    { purpose: 'RESET_PASSWORD', phoneHash, code: input.code, field: ['input', 'code'] },
    async (tx, refuse) => {
      // A code is sent only for a number with an active account; one disabled since gets the wrong-code answer.
      if (!account?.isActive) return refuse(userError('INVALID', WRONG_CODE, ['input', 'code']));
      const user = account;
      await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
      const revokedSessions = await revokeUserSessions({ db: tx, clock: ctx.clock }, { userId: user.id });
      await writeAuditLog(tx, ctx, {
        action: 'user.reset_password',
        subjectType: 'User',
        subjectId: user.id,
        details: { phone: maskPhone(phone), revokedSessions },
      });
      return { revokedSessions };
    },
  );
}
