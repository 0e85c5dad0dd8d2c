import type { Context } from '../context.ts';
import type { FirmLink } from '../generated/prisma/client.ts';
import { accountPolicy } from './account-policy.ts';
import { meetsLevel } from './real-name-level.ts';

/** 法人: the caller's own link requests, newest first. */
export async function listMyFirmLinks(ctx: Context): Promise<FirmLink[]> {
  const { user } = accountPolicy.requireUser(ctx.principal, 'account.requestFirmLink');
  return ctx.db.firmLink.findMany({
    where: { userId: user.id },
    orderBy: [{ requestedAt: 'desc' }, { id: 'desc' }],
    take: 100,
  });
}

/** The pending requests for the firms whose legal representative the caller is (实名, by ID number). */
export async function listFirmLinksToDecide(ctx: Context): Promise<FirmLink[]> {
  const { user } = accountPolicy.requireUser(ctx.principal, 'account.decideFirmLink');
  if (!user.idNumberHash || !meetsLevel(user.realNameLevel, 'REAL_NAME')) return [];
  const firms = await ctx.db.license.findMany({
    where: { legalRepIdHash: user.idNumberHash, type: 'BUSINESS_LICENSE', status: 'ACTIVE' },
    select: { holderCreditCode: true },
  });
  if (!firms.length) return [];
  return ctx.db.firmLink.findMany({
    where: { status: 'PENDING', creditCode: { in: firms.map((firm) => firm.holderCreditCode) } },
    orderBy: [{ requestedAt: 'asc' }, { id: 'asc' }],
    take: 100,
  });
}
