import type { Context } from '../context.ts';
import type { Case } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { deleteRemovedMaterialFile } from '../application/index.ts';
import { lockCase } from '../application/index.ts';
import { answersOwnCase, correctionPolicy } from './correction-policy.ts';
import { AWAITING_CORRECTION } from '../case/index.ts';
import { notAwaiting } from './correction-refusals.ts';

type Removed = { case: Case; removedMaterialId: string };

/**
 * The applicant takes back a file they uploaded in answer to the 补正 notice, before 提交补正. What the
 * department already had is never removable (the DB trigger refuses it too).
 */
export async function removeCorrectionMaterial(
  ctx: Context,
  input: { materialId: string },
): Promise<Result<Removed>> {
  const applicant = correctionPolicy.requireUser(ctx.principal, 'correction.answer');
  const notFound = refused<Removed>(userError('NOT_FOUND', '未找到该补正材料。', ['input', 'materialId']));
  const material = await ctx.db.caseMaterial.findUnique({ where: { id: input.materialId } });
  if (!material?.correctionEventId) return notFound;

  const result = await ctx.db.$transaction(async (tx) => {
    const kase = await lockCase(tx, material.caseId);
    if (!kase || !answersOwnCase(applicant, kase)) return notFound;
    if (kase.status !== AWAITING_CORRECTION) {
      return refused<Removed>(notAwaiting(kase.status, ['input', 'materialId']));
    }
    const deleted = await tx.caseMaterial.deleteMany({ where: { id: material.id } });
    if (deleted.count !== 1) return notFound;
    return ok({ case: kase, removedMaterialId: material.id });
  });

  if (result.ok) await deleteRemovedMaterialFile(ctx, material.storageKey);
  return result;
}
