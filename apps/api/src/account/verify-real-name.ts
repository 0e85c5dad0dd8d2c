import type { Context } from '../context.ts';
import { ok, refused, userError, type Result, type UserError } from '../lib/errors.ts';
import { maskIdNumber, validateIdNumber, type IdNumberInvalidReason } from '../lib/id-number.ts';
import { encryptPii, piiLookupHash } from '../lib/pii.ts';
import { formatCst } from '../lib/natural-days.ts';
import { CODE_ATTEMPTS } from '../lib/one-time-code.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import type { NameCheck } from './identity-service.ts';
import { accountPolicy } from './account-policy.ts';

const NAME = ['input', 'name'];
const ID_NUMBER = ['input', 'idNumber'];

const ID_PROBLEM: Record<IdNumberInvalidReason, string> = {
  FORMAT: '身份证号应为 18 位，最后一位可以是 X',
  BIRTH_DATE: '身份证号中的出生日期不正确',
  CHECK_DIGIT: '身份证号校验位不正确，请核对',
};

const SERVICE_REFUSAL: Record<Exclude<NameCheck, { ok: true }>['kind'], UserError> = {
  MISMATCH: userError('IDENTITY_MISMATCH', '姓名与身份证号不一致', NAME),
  NOT_FOUND: userError('IDENTITY_NOT_FOUND', '查无此人，请核对身份证号', ID_NUMBER),
  UNAVAILABLE: userError('UNAVAILABLE', '身份核验服务暂不可用，请稍后再试', null),
};

/**
 * 实名认证: the caller's name and 居民身份证号, checked by the check digit and then by the identity service.
 * On success the ID number is stored like every ID number (cipher, look-up hash, masked copy), the name is
 * the verified one, and the level becomes 实名认证. Checks with the service are limited like code entry
 * (5 failed in 15 minutes per user); one ID number verifies one account only (unique look-up hash).
 */
export async function verifyRealName(
  ctx: Context,
  input: { name: string; idNumber: string },
): Promise<{ result: Result<{ level: 'REAL_NAME' }>; lockedUntil: Date | null }> {
  const { user } = accountPolicy.requireUser(ctx.principal, 'account.verifyIdentity');
  const name = input.name.trim();
  const now = ctx.clock.now();
  if (user.realNameLevel !== 'UNVERIFIED') {
    return { result: refused(userError('INVALID_TRANSITION', '您已完成实名认证', null)), lockedUntil: null };
  }
  if (!name) return { result: refused(userError('REQUIRED', '请输入姓名', NAME)), lockedUntil: null };
  const valid = validateIdNumber(input.idNumber, now);
  if (!valid.ok) {
    return { result: refused(userError('INVALID', ID_PROBLEM[valid.reason], ID_NUMBER)), lockedUntil: null };
  }
  // Counted before anything is looked up, so the check cannot be used to test many ID numbers.
  const slot = await ctx.abuse.takeAttempt(`real-name:${user.id}`, CODE_ATTEMPTS, now);
  if (!slot.ok) {
    const message = `核验失败次数过多，请于 ${formatCst(slot.lockedUntil)} 后再试`;
    return { result: refused(userError('THROTTLED', message, null)), lockedUntil: slot.lockedUntil };
  }
  const idNumberHash = piiLookupHash(valid.value);
  const holder = await ctx.db.user.findUnique({ where: { idNumberHash }, select: { id: true } });
  if (holder) return { result: refused(taken()), lockedUntil: null };

  const answer = await ctx.identity.checkName(name, valid.value);
  await writeAuditLog(ctx.db, ctx, {
    action: 'user.real_name_check',
    subjectType: 'User',
    subjectId: user.id,
    details: { maskedIdNumber: maskIdNumber(valid.value), outcome: answer.ok ? 'OK' : answer.kind },
  });
  if (!answer.ok) {
    // An outage is not the user's failure.
    if (answer.kind === 'UNAVAILABLE') await ctx.abuse.forgiveAttempt(slot.attempt);
    return { result: refused(SERVICE_REFUSAL[answer.kind]), lockedUntil: null };
  }
  await ctx.abuse.forgiveAttempt(slot.attempt);
  try {
    const { count } = await ctx.db.user.updateMany({
      where: { id: user.id, realNameLevel: 'UNVERIFIED' },
      data: {
        name,
        idNumberCipher: encryptPii(valid.value),
        idNumberHash,
        idNumberMasked: maskIdNumber(valid.value),
        realNameLevel: 'REAL_NAME',
      },
    });
    if (count === 0) {
      return {
        result: refused(userError('INVALID_TRANSITION', '您已完成实名认证', null)),
        lockedUntil: null,
      };
    }
  } catch (error) {
    if (isUniqueViolation(error)) return { result: refused(taken()), lockedUntil: null };
    throw error;
  }
  return { result: ok({ level: 'REAL_NAME' }), lockedUntil: null };
}

const taken = () => userError('TAKEN', '该身份证号已由其他账号完成实名认证', ID_NUMBER);
