import type { Context } from '../context.ts';
import type { Case } from '../generated/prisma/client.ts';
import { refused, userError, type Result } from '../lib/errors.ts';
import { lockCase } from '../application/index.ts';
import { recordTransition } from '../case/index.ts';
import { answersOwnCase, correctionPolicy } from './correction-policy.ts';
import { AWAITING_CORRECTION, findCorrectionNotice, missingMaterialsOf } from '../case/index.ts';
import { notAwaiting } from './correction-refusals.ts';

/** What the timeline entry of a resubmission lists: each material sent with its file name. */
export type SubmittedMaterial = {
  name: string;
  fileName: string;
};

/**
 * 提交补正: the applicant sends the corrected materials. Every material the notice lists needs at least one
 * file; then the case goes back to the department's queue (补正 → 已接件, through the transition table) with
 * a timeline entry listing what was sent. Refused when the case is not waiting for them (a stale tab).
 */
export async function submitCorrection(ctx: Context, input: { caseId: string }): Promise<Result<Case>> {
  const applicant = correctionPolicy.requireUser(ctx.principal, 'correction.answer');
  const notFound = refused<Case>(userError('NOT_FOUND', '未找到该办件。', ['input', 'caseId']));
  const kase = await ctx.db.case.findUnique({ where: { id: input.caseId } });
  if (!kase || !answersOwnCase(applicant, kase)) return notFound;

  return ctx.db.$transaction(async (tx) => {
    const locked = await lockCase(tx, kase.id);
    if (!locked) return notFound;
    if (locked.status !== AWAITING_CORRECTION)
      return refused(notAwaiting(locked.status, ['input', 'caseId']));
    const notice = await findCorrectionNotice(tx, locked.id);
    if (!notice) return refused(notAwaiting(locked.status, ['input', 'caseId']));
    const sent = await tx.caseMaterial.findMany({
      where: { caseId: locked.id, correctionEventId: notice.id },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    const missing = missingMaterialsOf(notice.details).filter(
      (name) => !sent.some((material) => material.name === name),
    );
    if (missing.length > 0) {
      return refused(
        ...missing.map((name) =>
          userError('REQUIRED', `请上传补正材料「${name}」。`, ['input', 'materials', name]),
        ),
      );
    }
    const submittedMaterials: SubmittedMaterial[] = sent.map((material) => ({
      name: material.name,
      fileName: material.fileName ?? material.name,
    }));
    return recordTransition(tx, locked, {
      to: 'RECEIVED',
      actorUserId: applicant.user.id,
      at: ctx.clock.now(),
      details: { submittedMaterials },
    });
  });
}
