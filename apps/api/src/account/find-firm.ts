import type { Db } from '../db/prisma.ts';
import type { User } from '../generated/prisma/client.ts';
import { meetsLevel } from './real-name-level.ts';

/**
 * A firm as the hall knows it: the holder of a 存续 business license (证照库) with this 统一社会信用代码 — its
 * name, and its legal representative's ID number hash (法定代表人).
 */
export async function findFirm(db: Pick<Db, 'license'>, creditCode: string) {
  const license = await db.license.findFirst({
    where: { holderCreditCode: creditCode, type: 'BUSINESS_LICENSE', status: 'ACTIVE' },
    orderBy: { issuedAt: 'desc' },
    select: { holderCreditCode: true, holderName: true, legalRepIdHash: true },
  });
  return license
    ? {
        creditCode: license.holderCreditCode,
        name: license.holderName,
        legalRepIdHash: license.legalRepIdHash,
      }
    : null;
}

/**
 * The one rule for "this person is the firm's legal representative": their 实名-verified ID number is the one
 * the firm's license names. (A self-registered account has an ID number only once 实名认证 verified it.)
 */
export function isLegalRepresentative(
  user: Pick<User, 'idNumberHash' | 'realNameLevel'>,
  firm: { legalRepIdHash: string },
): boolean {
  return (
    user.idNumberHash !== null &&
    meetsLevel(user.realNameLevel, 'REAL_NAME') &&
    user.idNumberHash === firm.legalRepIdHash
  );
}
