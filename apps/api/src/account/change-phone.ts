import type { Context } from '../context.ts';
import { refused, userError } from '../lib/errors.ts';
import { encryptPii, maskPhone, piiLookupHash } from '../lib/pii.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { accountPolicy } from './account-policy.ts';
import { MOBILE_MESSAGE, MOBILE_SHAPE, PHONE_TAKEN, SAME_PHONE } from './phone-code.ts';
import { redeemPhoneCode, type RedeemOutcome } from './redeem-phone-code.ts';

/**
 * 修改手机号: the caller's account gets a new mobile number, confirmed by the code sent to it (purpose
 * CHANGE_PHONE). Stored like every phone: AES-256-GCM cipher, HMAC look-up hash (unique: one account per
 * number), masked copy; the old and new numbers are audited masked. The code is consumed in the transaction
 * that writes the number, so a refusal (the number taken meanwhile) leaves it unused.
 */
export async function changePhone(
  ctx: Context,
  input: { phone: string; code: string },
): Promise<RedeemOutcome<{ userId: string }>> {
  const { user } = accountPolicy.requireUser(ctx.principal, 'account.changePhone');
  const phone = input.phone.trim();
  if (!MOBILE_SHAPE.test(phone)) {
    return { result: refused(userError('INVALID', MOBILE_MESSAGE, ['input', 'phone'])), lockedUntil: null };
  }
  const phoneHash = piiLookupHash(phone);
  const current = await ctx.db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { phoneHash: true, phoneMasked: true },
  });
  if (current.phoneHash === phoneHash) return { result: refused(SAME_PHONE), lockedUntil: null };
  return redeemPhoneCode(
    ctx,
    { purpose: 'CHANGE_PHONE', phoneHash, code: input.code, field: ['input', 'code'] },
    async (tx, refuse) => {
      try {
        await tx.user.update({
          where: { id: user.id },
          data: { phoneCipher: encryptPii(phone), phoneHash, phoneMasked: maskPhone(phone) },
        });
      } catch (error) {
        // Registered or bound by another account since the code was sent: the code stays unused.
        if (isUniqueViolation(error)) refuse(PHONE_TAKEN);
        throw error;
      }
      await writeAuditLog(tx, ctx, {
        action: 'user.change_phone',
        subjectType: 'User',
        subjectId: user.id,
        details: { from: current.phoneMasked, to: maskPhone(phone) },
      });
      return { userId: user.id };
    },
  );
}
