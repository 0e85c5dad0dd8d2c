import type { Context } from '../context.ts';
import { ok, refused, userError, type Result, type UserError } from '../lib/errors.ts';
import { decryptPii } from '../lib/pii.ts';
import { formatCst } from '../lib/natural-days.ts';
import { CODE_ATTEMPTS } from '../lib/one-time-code.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import type { FaceCheck } from './identity-service.ts';
import { accountPolicy } from './account-policy.ts';
import { levelRequired } from './real-name-level.ts';

const SERVICE_REFUSAL: Record<Exclude<FaceCheck, { ok: true }>['kind'], UserError> = {
  FACE_MISMATCH: userError('IDENTITY_MISMATCH', '人脸与身份证照片比对不一致', ['input', 'livenessToken']),
  NOT_FOUND: userError('IDENTITY_NOT_FOUND', '查无此人的证件照片', null),
  UNAVAILABLE: userError('UNAVAILABLE', '人脸核验服务暂不可用，请稍后再试', null),
};

/**
 * 实人认证: after 实名认证, the face the device captured (a liveness token from the face SDK) is compared with
 * the ID photo by the identity service. The stored ID number is decrypted for that one call, and the read is
 * audited. Failed comparisons are limited like code entry (5 in 15 minutes per user).
 */
export async function verifyRealPerson(
  ctx: Context,
  input: { livenessToken: string },
): Promise<{ result: Result<{ level: 'REAL_PERSON' }>; lockedUntil: Date | null }> {
  const { user } = accountPolicy.requireUser(ctx.principal, 'account.verifyIdentity');
  if (!input.livenessToken.trim()) {
    return {
      result: refused(userError('REQUIRED', '请先完成人脸采集', ['input', 'livenessToken'])),
      lockedUntil: null,
    };
  }
  if (user.realNameLevel === 'UNVERIFIED') {
    return { result: refused(levelRequired('REAL_NAME', '实人认证')), lockedUntil: null };
  }
  if (user.realNameLevel === 'REAL_PERSON') {
    return { result: refused(userError('INVALID_TRANSITION', '您已完成实人认证', null)), lockedUntil: null };
  }
  const now = ctx.clock.now();
  const slot = await ctx.abuse.takeAttempt(`real-person:${user.id}`, CODE_ATTEMPTS, now);
  if (!slot.ok) {
    const message = `核验失败次数过多，请于 ${formatCst(slot.lockedUntil)} 后再试`;
    return { result: refused(userError('THROTTLED', message, null)), lockedUntil: slot.lockedUntil };
  }
  const { idNumberCipher } = await ctx.db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { idNumberCipher: true },
  });
  await writeAuditLog(ctx.db, ctx, {
    action: 'user.id_number.read',
    subjectType: 'User',
    subjectId: user.id,
    details: { purpose: 'real_person_check', maskedIdNumber: user.idNumberMasked },
  });
  const answer = await ctx.identity.checkFace(user.name, decryptPii(idNumberCipher!), input.livenessToken);
  if (!answer.ok) {
    if (answer.kind === 'UNAVAILABLE') await ctx.abuse.forgiveAttempt(slot.attempt);
    return { result: refused(SERVICE_REFUSAL[answer.kind]), lockedUntil: null };
  }
  await ctx.abuse.forgiveAttempt(slot.attempt);
  await ctx.db.user.updateMany({
    where: { id: user.id, realNameLevel: 'REAL_NAME' },
    data: { realNameLevel: 'REAL_PERSON' },
  });
  return { result: ok({ level: 'REAL_PERSON' }), lockedUntil: null };
}
