import type { Context } from '../context.ts';
import type { User } from '../generated/prisma/client.ts';
import { windowPolicy } from './window-policy.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { maskIdNumber, validateIdNumber } from '../lib/id-number.ts';
import { piiLookupHash } from '../lib/pii.ts';

/**
 * Window staff find a citizen by 居民身份证号. The number is checked with its check digit first; every
 * look-up, found or not, is written to the audit log with the masked number only.
 */
export async function lookUpCitizen(
  ctx: Context,
  idNumber: string,
  field: string[] = ['idNumber'],
): Promise<Result<User>> {
  const staff = windowPolicy.requireUser(ctx.principal, 'window.lookUpCitizen');
  const valid = validateIdNumber(idNumber, ctx.clock.now());
  if (!valid.ok) {
    const message =
      valid.reason === 'CHECK_DIGIT' ? '身份证号校验位不正确，请核对。' : '身份证号格式不正确。';
    return refused(userError('INVALID', message, field));
  }
  const citizen = await ctx.db.user.findUnique({ where: { idNumberHash: piiLookupHash(valid.value) } });
  const found = citizen?.isActive && citizen.roles.includes('CITIZEN') ? citizen : null;
  await writeAuditLog(
    ctx.db,
    { principal: staff, ip: ctx.ip },
    {
      action: 'citizen.lookup_by_id_number',
      subjectType: 'User',
      subjectId: found?.id ?? null,
      details: { maskedIdNumber: maskIdNumber(valid.value), found: Boolean(found) },
    },
  );
  if (!found) return refused(userError('UNKNOWN_CITIZEN', '未找到该身份证号对应的实名用户。', field));
  return ok(found);
}
