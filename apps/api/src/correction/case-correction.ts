import type { Context } from '../context.ts';
import type { Case, CaseMaterial } from '../generated/prisma/client.ts';
import { AWAITING_CORRECTION, findCorrectionNotice, missingMaterialsOf } from '../case/index.ts';

export interface CorrectionItemView {
  name: string;
  itemId: string;
  materials: CaseMaterial[];
}

export interface CaseCorrectionView {
  requestedAt: Date;
  note: string | null;
  items: CorrectionItemView[];
  open: boolean;
  submittedAt: Date | null;
}

/** Case.correction: the notice, its materials with what was uploaded for each, and the resubmission. */
export async function caseCorrection(ctx: Context, kase: Case): Promise<CaseCorrectionView | null> {
  const notice = await findCorrectionNotice(ctx.db, kase.id);
  if (!notice) return null;
  const [sent, submission] = await Promise.all([
    ctx.db.caseMaterial.findMany({
      where: { correctionEventId: notice.id },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    }),
    ctx.db.caseEvent.findFirst({
      where: { caseId: kase.id, fromStatus: 'CORRECTION_REQUIRED', occurredAt: { gte: notice.occurredAt } },
      orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
    }),
  ]);
  return {
    requestedAt: notice.occurredAt,
    note: notice.reason,
    items: missingMaterialsOf(notice.details).map((name) => ({
      name,
      itemId: kase.itemId,
      materials: sent.filter((material) => material.name === name),
    })),
    open: kase.status === AWAITING_CORRECTION,
    submittedAt: submission?.toStatus === 'RECEIVED' ? submission.occurredAt : null,
  };
}
