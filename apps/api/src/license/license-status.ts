import type { LicenseGrant, LicenseStatus } from '../generated/prisma/client.ts';
import type { LicenseGrantStatus } from '../generated/graphql.ts';

export const STATUS_LABEL: Record<LicenseStatus, string> = {
  ACTIVE: '存续',
  CANCELLED: '注销',
  REVOKED: '吊销',
};

/** 未使用 / 已使用 / 已撤销 / 已过期; a code is expired from its expiry instant on. */
export function grantStatus(grant: LicenseGrant, now: Date): LicenseGrantStatus {
  if (grant.usedAt) return 'USED';
  if (grant.revokedAt) return 'REVOKED';
  return grant.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'UNUSED';
}
