import type { Context } from '../context.ts';
import type { License, User } from '../generated/prisma/client.ts';
import type { Principal } from '../auth/principal.ts';
import { definePolicy, type Target } from '../auth/policy.ts';
import { forbidden } from '../lib/errors.ts';
import { isLegalRepresentative } from '../account/index.ts';

/** The market-regulation department (天津市市场监督管理委员会) issues, cancels and revokes licenses. */
export const MARKET_REGULATION_DEPARTMENT = 'tj-market-regulation';

/**
 * Who may do what with a license. `own` is the holder side (its legal representative, matched by ID number,
 * or an appointed administrator); `department` is the issuing department, the market-regulation department.
 */
export const licensePolicy = definePolicy('license', {
  'license.read': { SIGNED_IN: 'own', DEPARTMENT_STAFF: 'department' },
  /** 我的证照 */
  'license.listOwn': { SIGNED_IN: 'own' },
  /** grants, administrators and the access log of a license: its holder side only */
  'license.readHolderSide': { SIGNED_IN: 'own' },
  /** verification codes and administrators: the holder side, acting as a citizen */
  'license.authorize': { CITIZEN: 'own' },
  /** 获取证照库文件 into one's own draft, with a holder's code */
  'license.fetch': { CITIZEN: 'own' },
  /** registering, cancelling and revoking */
  'license.publish': { DEPARTMENT_STAFF: 'department', 'scope:licenses:publish': 'all' },
});
export type LicensePermission = keyof typeof licensePolicy.grants;

export type LicenseRelation = 'LEGAL_REPRESENTATIVE' | 'ADMINISTRATOR';

/**
 * How the user may act for the license: its legal representative (their 实名-verified ID number is the one
 * the license names), or an administrator — appointed by the legal representative, or a 法人 user whose link
 * to the holder firm the legal representative approved (account/decide-firm-link.ts).
 */
export async function relationTo(
  ctx: Context,
  license: License,
  user: Pick<User, 'id' | 'idNumberHash' | 'realNameLevel'>,
): Promise<LicenseRelation | null> {
  if (isLegalRepresentative(user, license)) return 'LEGAL_REPRESENTATIVE';
  const [admin, link] = await Promise.all([
    ctx.db.licenseAdministrator.findUnique({
      where: { licenseId_userId: { licenseId: license.id, userId: user.id } },
      select: { id: true },
    }),
    ctx.db.firmLink.findFirst({
      where: { userId: user.id, creditCode: license.holderCreditCode, status: 'APPROVED' },
      select: { id: true },
    }),
  ]);
  return admin || link ? 'ADMINISTRATOR' : null;
}

/**
 * The issuing department's id as far as `department` grants can tell: the caller's own department when it is
 * the market-regulation department (read from the cached reference data), otherwise none of theirs.
 */
async function issuingDepartmentFor(ctx: Context, principal: Principal): Promise<string | null> {
  const departmentId =
    principal.kind === 'user'
      ? principal.user.departmentId
      : principal.kind === 'client'
        ? principal.client.departmentId
        : null;
  if (!departmentId) return null;
  const department = await ctx.loaders.departmentById.load(departmentId);
  return department?.code === MARKET_REGULATION_DEPARTMENT ? department.id : null;
}

/** What a license's grants reach: its holder side (the caller, if related) and its issuing department. */
async function licenseTarget(ctx: Context, license: License | null): Promise<Target> {
  const { principal } = ctx;
  const holder =
    license && principal.kind === 'user' && (await relationTo(ctx, license, principal.user))
      ? principal.user.id
      : null;
  return { ownerId: holder, departmentId: await issuingDepartmentFor(ctx, principal) };
}

/** The per-object check of a license permission (a `null` license: the issuer-side checks only). */
export async function allowsOnLicense(ctx: Context, permission: LicensePermission, license: License | null) {
  if (!licensePolicy.holds(ctx.principal, permission)) return false;
  return licensePolicy.allows(ctx.principal, permission, await licenseTarget(ctx, license));
}

/** The license, when the user may authorise fetches of it; otherwise null (as if it did not exist). */
export async function findAuthorizableLicense(
  ctx: Context,
  licenseId: string,
  user: Pick<User, 'id' | 'idNumberHash' | 'realNameLevel'>,
) {
  const license = await ctx.db.license.findUnique({ where: { id: licenseId } });
  if (!license) return null;
  const relation = await relationTo(ctx, license, user);
  return relation ? { license, relation } : null;
}

/** Publishing, cancelling and revoking: the issuing department's staff or a partner with licenses:publish. */
export async function requireLicensePublisher(ctx: Context): Promise<void> {
  licensePolicy.require(ctx.principal, 'license.publish');
  if (!(await allowsOnLicense(ctx, 'license.publish', null))) {
    throw forbidden('Only the market-regulation department or a partner with licenses:publish may do this.');
  }
}
