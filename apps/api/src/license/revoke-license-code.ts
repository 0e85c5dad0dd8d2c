import type { Context } from '../context.ts';
import type { LicenseGrant } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { notFound } from '../lib/payload.ts';
import { findAuthorizableLicense, licensePolicy } from './license-policy.ts';

/** The legal representative or an administrator revokes a code that has not been used and has not expired. */
export async function revokeLicenseCode(
  ctx: Context,
  input: { grantId: string },
): Promise<Result<LicenseGrant>> {
  const { user } = licensePolicy.requireUser(ctx.principal, 'license.authorize');
  const grant = await ctx.db.licenseGrant.findUnique({ where: { id: input.grantId } });
  if (!grant || !(await findAuthorizableLicense(ctx, grant.licenseId, user))) {
    return refused(notFound(['input', 'grantId'], '未找到该验证码。'));
  }
  const now = ctx.clock.now();
  const revoked = await ctx.db.licenseGrant.updateMany({
    where: { id: grant.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { revokedAt: now },
  });
  if (revoked.count !== 1) {
    return refused(
      userError('INVALID_TRANSITION', '该验证码已使用、已撤销或已过期，不能撤销。', ['input', 'grantId']),
    );
  }
  return ok(await ctx.db.licenseGrant.findUniqueOrThrow({ where: { id: grant.id } }));
}
