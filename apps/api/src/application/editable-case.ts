import type { Prisma } from '../generated/prisma/client.ts';

/**
 * Locks the case row for the rest of the transaction, so uploads, removals and submission of one case
 * happen one after another (the per-case size total and the materials check stay true).
 */
export async function lockCase(tx: Prisma.TransactionClient, caseId: string) {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM cases WHERE id = ${caseId}::uuid FOR UPDATE`;
  if (rows.length === 0) return null;
  return tx.case.findUniqueOrThrow({ where: { id: caseId } });
}
