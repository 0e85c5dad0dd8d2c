import type { Db } from '../db/prisma.ts';
import type { Case, Prisma } from '../generated/prisma/client.ts';

/** A new online case for the same applicant, item and department as a seeded one. */
export async function createCaseLike(
  db: Db,
  seededBusinessNumber: string,
  data: { businessNumber: string } & Partial<Prisma.CaseUncheckedCreateInput>,
): Promise<Case> {
  const template = await db.case.findFirstOrThrow({ where: { businessNumber: seededBusinessNumber } });
  const now = new Date();
  return db.case.create({
    data: {
      source: 'ONLINE',
      originSystem: 'hall',
      applicantId: template.applicantId,
      itemId: template.itemId,
      departmentId: template.departmentId,
      status: 'RECEIVED',
      appliedAt: now,
      statusChangedAt: now,
      ...data,
    },
  });
}
