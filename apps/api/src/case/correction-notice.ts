import type { CaseEvent, CaseStatus, Prisma } from '../generated/prisma/client.ts';

/** The status in which a case waits for the materials its 补正 notice lists (the DB trigger agrees). */
export const AWAITING_CORRECTION: CaseStatus = 'CORRECTION_REQUIRED';

/** The missing materials a 补正 notice lists (its event's details), as the department listed them. */
export function missingMaterialsOf(details: Prisma.JsonValue | null | undefined): string[] {
  const list = (details as { missingMaterials?: unknown } | null | undefined)?.missingMaterials;
  return Array.isArray(list) ? list.filter((name): name is string => typeof name === 'string') : [];
}

/** The case's 补正 notice: one per case (一次性告知, request-correction.ts), or null. */
export function findCorrectionNotice(
  db: Pick<Prisma.TransactionClient, 'caseEvent'>,
  caseId: string,
): Promise<CaseEvent | null> {
  return db.caseEvent.findFirst({
    where: { caseId, toStatus: AWAITING_CORRECTION },
    orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
  });
}

/** The same notice among a case's events already read, oldest first (the timeline: case-loaders.ts). */
export function correctionNoticeAmong(events: CaseEvent[]): CaseEvent | null {
  return events.findLast((event) => event.toStatus === AWAITING_CORRECTION) ?? null;
}
