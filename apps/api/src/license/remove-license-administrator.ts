import type { Context } from '../context.ts';
import type { License } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { notFound } from '../lib/payload.ts';
import { findAuthorizableLicense, licensePolicy } from './license-policy.ts';

/** Only the legal representative removes an administrator. */
export async function removeLicenseAdministrator(
  ctx: Context,
  input: { licenseId: string; administratorId: string },
): Promise<Result<License>> {
  const { user } = licensePolicy.requireUser(ctx.principal, 'license.authorize');
  const found = await findAuthorizableLicense(ctx, input.licenseId, user);
  if (!found) return refused(notFound(['input', 'licenseId'], '未找到可由您授权的证照。'));
  if (found.relation !== 'LEGAL_REPRESENTATIVE') {
    return refused(userError('FORBIDDEN', '只有法定代表人可以移除证照管理员。', ['input', 'licenseId']));
  }
  const removed = await ctx.db.licenseAdministrator.deleteMany({
    where: { id: input.administratorId, licenseId: found.license.id },
  });
  if (removed.count !== 1) return refused(notFound(['input', 'administratorId'], '未找到该证照管理员。'));
  return ok(found.license);
}
