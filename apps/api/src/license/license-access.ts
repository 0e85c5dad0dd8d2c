import type { Context } from '../context.ts';
import type { License, User } from '../generated/prisma/client.ts';
import type { Principal } from '../auth/principal.ts';
import { requireScope, requireUser } from '../auth/require.ts';
import { forbidden } from '../lib/errors.ts';

/** The market-regulation department (天津市市场监督管理委员会) issues, cancels and revokes licenses. */
export const MARKET_REGULATION_DEPARTMENT = 'tj-market-regulation';
export const PUBLISH_SCOPE = 'licenses:publish';

export type LicenseRelation = 'LEGAL_REPRESENTATIVE' | 'ADMINISTRATOR';

/** How the user may act for the license: its legal representative (matched by ID number hash) or an administrator. */
export async function relationTo(
  ctx: Context,
  license: License,
  user: Pick<User, 'id' | 'idNumberHash'>,
): Promise<LicenseRelation | null> {
  if (license.legalRepIdHash === user.idNumberHash) return 'LEGAL_REPRESENTATIVE';
  const admin = await ctx.db.licenseAdministrator.findUnique({
    where: { licenseId_userId: { licenseId: license.id, userId: user.id } },
    select: { id: true },
  });
  return admin ? 'ADMINISTRATOR' : null;
}

/** The license, when the user may authorise fetches of it; otherwise null (as if it did not exist). */
export async function findAuthorizableLicense(
  ctx: Context,
  licenseId: string,
  user: Pick<User, 'id' | 'idNumberHash'>,
) {
  const license = await ctx.db.license.findUnique({ where: { id: licenseId } });
  if (!license) return null;
  const relation = await relationTo(ctx, license, user);
  return relation ? { license, relation } : null;
}

export async function isMarketRegulationStaff(ctx: Context, principal: Principal): Promise<boolean> {
  if (principal.kind !== 'user' || !principal.user.roles.includes('DEPARTMENT_STAFF')) return false;
  if (!principal.user.departmentId) return false;
  const department = await ctx.loaders.departmentById.load(principal.user.departmentId);
  return department?.code === MARKET_REGULATION_DEPARTMENT;
}

/** Publishing needs the market-regulation department's staff or a partner token with licenses:publish. */
export async function requireLicensePublisher(ctx: Context): Promise<void> {
  if (ctx.principal.kind === 'client') {
    requireScope(ctx.principal, PUBLISH_SCOPE);
    return;
  }
  requireUser(ctx.principal);
  if (!(await isMarketRegulationStaff(ctx, ctx.principal))) {
    throw forbidden('Only the market-regulation department or a partner with licenses:publish may do this.');
  }
}

/** Who may read a license: its holders' side and the market-regulation staff. */
export async function mayReadLicense(ctx: Context, license: License): Promise<boolean> {
  if (ctx.principal.kind === 'user' && (await relationTo(ctx, license, ctx.principal.user))) return true;
  return isMarketRegulationStaff(ctx, ctx.principal);
}
