import type { Context } from '../context.ts';
import type { License } from '../generated/prisma/client.ts';
import { licensePolicy } from './license-policy.ts';
import { meetsLevel } from '../account/index.ts';

/**
 * 我的证照: licenses whose legal representative is the caller (实名, by ID number), that the caller administers,
 * or of the firm the caller's approved link names (license-policy.ts relationTo).
 */
export async function listMyLicenses(ctx: Context): Promise<License[]> {
  const { user } = licensePolicy.requireUser(ctx.principal, 'license.listOwn');
  const link = await ctx.db.firmLink.findFirst({
    where: { userId: user.id, status: 'APPROVED' },
    select: { creditCode: true },
  });
  return ctx.db.license.findMany({
    where: {
      OR: [
        ...(user.idNumberHash && meetsLevel(user.realNameLevel, 'REAL_NAME')
          ? [{ legalRepIdHash: user.idNumberHash }]
          : []),
        { administrators: { some: { userId: user.id } } },
        ...(link ? [{ holderCreditCode: link.creditCode }] : []),
      ],
    },
    orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
  });
}
