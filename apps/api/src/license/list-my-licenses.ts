import type { Context } from '../context.ts';
import type { License } from '../generated/prisma/client.ts';
import { licensePolicy } from './license-policy.ts';

/** 我的证照: licenses whose legal representative has the caller's ID number, or that the caller administers. */
export async function listMyLicenses(ctx: Context): Promise<License[]> {
  const { user } = licensePolicy.requireUser(ctx.principal, 'license.listOwn');
  return ctx.db.license.findMany({
    where: {
      OR: [{ legalRepIdHash: user.idNumberHash }, { administrators: { some: { userId: user.id } } }],
    },
    orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
  });
}
