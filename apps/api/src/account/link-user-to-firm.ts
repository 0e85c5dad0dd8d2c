import type { Prisma } from '../generated/prisma/client.ts';

/** An approved link makes the account a 法人 user of the firm (users.kind, company_credit_code, company_name). */
export async function linkUserToFirm(
  tx: Prisma.TransactionClient,
  userId: string,
  firm: { creditCode: string; name: string },
): Promise<void> {
  await tx.user.update({
    where: { id: userId },
    data: { kind: 'COMPANY', companyCreditCode: firm.creditCode, companyName: firm.name },
  });
}
