import type { Context } from '../context.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import type { License } from '../generated/prisma/client.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { notFound } from '../lib/payload.ts';
import { maskIdNumber, validateIdNumber } from '../lib/id-number.ts';
import { piiLookupHash } from '../lib/pii.ts';
import { findAuthorizableLicense, licensePolicy } from './license-policy.ts';

export const MAX_ADMINISTRATORS = 5;

/** Only the legal representative appoints; the appointee is found by ID number (look-up audited, masked). */
export async function appointLicenseAdministrator(
  ctx: Context,
  input: { licenseId: string; idNumber: string },
): Promise<Result<License>> {
  const principal = licensePolicy.requireUser(ctx.principal, 'license.authorize');
  const found = await findAuthorizableLicense(ctx, input.licenseId, principal.user);
  if (!found) return refused(notFound(['input', 'licenseId'], '未找到可由您授权的证照。'));
  if (found.relation !== 'LEGAL_REPRESENTATIVE') {
    return refused(userError('FORBIDDEN', '只有法定代表人可以设置证照管理员。', ['input', 'licenseId']));
  }
  const valid = validateIdNumber(input.idNumber, ctx.clock.now());
  if (!valid.ok) return refused(userError('INVALID', '身份证号不正确，请核对。', ['input', 'idNumber']));
  const appointee = await ctx.db.user.findUnique({ where: { idNumberHash: piiLookupHash(valid.value) } });
  await writeAuditLog(
    ctx.db,
    { principal, ip: ctx.ip },
    {
      action: 'license.administrator_lookup_by_id_number',
      subjectType: 'License',
      subjectId: found.license.id,
      details: { maskedIdNumber: maskIdNumber(valid.value), found: Boolean(appointee) },
    },
  );
  if (!appointee?.isActive) {
    return refused(userError('UNKNOWN_CITIZEN', '未找到该身份证号对应的实名用户。', ['input', 'idNumber']));
  }
  if (appointee.id === principal.user.id) {
    return refused(userError('INVALID', '法定代表人本人无需设置为证照管理员。', ['input', 'idNumber']));
  }
  const count = await ctx.db.licenseAdministrator.count({ where: { licenseId: found.license.id } });
  if (count >= MAX_ADMINISTRATORS) return refused(tooMany());
  try {
    await ctx.db.licenseAdministrator.create({
      data: {
        licenseId: found.license.id,
        userId: appointee.id,
        appointedById: principal.user.id,
        appointedAt: ctx.clock.now(),
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      return refused(userError('TAKEN', '此人已是该证照的管理员。', ['input', 'idNumber']));
    }
    // The trigger's limit, when a concurrent appointment took the fifth place first.
    if (error instanceof Error && /five administrators/.test(error.message)) return refused(tooMany());
    throw error;
  }
  return ok(found.license);
}

const tooMany = () =>
  userError('INVALID', `每个证照最多设置${MAX_ADMINISTRATORS}名证照管理员。`, ['input', 'idNumber']);
