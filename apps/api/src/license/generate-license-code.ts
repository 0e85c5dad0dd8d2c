import type { Context } from '../context.ts';
import { isUniqueViolation } from '../lib/unique-violation.ts';
import type { LicenseGrant } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { notFound } from '../lib/payload.ts';
import { findAuthorizableLicense, licensePolicy } from './license-policy.ts';
import { hashLicenseCode, licenseCodeTtlMs, newLicenseCode } from './license-code.ts';
import { STATUS_LABEL } from './license-status.ts';

const DRAWS = 5;

/**
 * The legal representative or an administrator generates a one-time 8-digit code for one license. The code is
 * returned once; only its keyed hash is stored. A trigger refuses a hash that a live code already has, so a
 * typed code always names one license: then another code is drawn.
 */
export async function generateLicenseCode(
  ctx: Context,
  input: { licenseId: string },
): Promise<Result<{ code: string; grant: LicenseGrant }>> {
  const { user } = licensePolicy.requireUser(ctx.principal, 'license.authorize');
  const found = await findAuthorizableLicense(ctx, input.licenseId, user);
  if (!found) return refused(notFound(['input', 'licenseId'], '未找到可由您授权的证照。'));
  if (found.license.status !== 'ACTIVE') {
    return refused(
      userError('INVALID', `该证照已${STATUS_LABEL[found.license.status]}，不能授权获取。`, [
        'input',
        'licenseId',
      ]),
    );
  }
  const now = ctx.clock.now();
  for (let draw = 0; draw < DRAWS; draw += 1) {
    const code = newLicenseCode();
    try {
      const grant = await ctx.db.licenseGrant.create({
        data: {
          licenseId: found.license.id,
          createdById: user.id,
          codeHash: hashLicenseCode(code),
          createdAt: now,
          expiresAt: new Date(now.getTime() + licenseCodeTtlMs()),
        },
      });
      return ok({ code, grant });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error('generateLicenseCode: no free code after several draws');
}
