import type { Context } from '../context.ts';
import type { Case, CaseMaterial } from '../generated/prisma/client.ts';
import {
  AWAITING_CORRECTION,
  caseLoadersOf,
  correctionNoticeAmong,
  missingMaterialsOf,
} from '../case/index.ts';

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
  const loaders = caseLoadersOf(ctx);
  const [events, materials] = await Promise.all([
    loaders.events.load(kase.id),
    loaders.materials.load(kase.id),
  ]);
  const notice = correctionNoticeAmong(events);
  if (!notice) return null;
  const sent = materials.filter((material) => material.correctionEventId === notice.id);
  // the first step out of 补正 after the notice: the resubmission (or the department's decision)
  const submission = events.find(
    (event) => event.fromStatus === AWAITING_CORRECTION && event.occurredAt >= notice.occurredAt,
  );
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
