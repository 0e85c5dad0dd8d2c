import type { Context } from '../context.ts';
import type { License } from '../generated/prisma/client.ts';
import { requireUser } from '../auth/require.ts';

/** 我的证照: licenses whose legal representative has the caller's ID number, or that the caller administers. */
export async function listMyLicenses(ctx: Context): Promise<License[]> {
  const { user } = requireUser(ctx.principal);
  return ctx.db.license.findMany({
    where: {
      OR: [{ legalRepIdHash: user.idNumberHash }, { administrators: { some: { userId: user.id } } }],
    },
    orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
  });
}
