import type { Context } from '../context.ts';
import type { Case } from '../generated/prisma/client.ts';
import { applicationPolicy, reachesDraft } from './application-policy.ts';
import { isEditable } from '../case/index.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { deleteRemovedMaterialFile } from './store-material-file.ts';
import { lockCase } from './editable-case.ts';

/** The applicant removes a material from their own 暂存件; the stored file goes after the row. */
export async function removeCaseMaterial(
  ctx: Context,
  input: { materialId: string },
): Promise<Result<{ case: Case; removedMaterialId: string }>> {
  const applicant = applicationPolicy.requireUser(ctx.principal, 'application.editDraft');
  const notFound = refused<{ case: Case; removedMaterialId: string }>(
    userError('NOT_FOUND', '未找到该材料。', ['input', 'materialId']),
  );
  const material = await ctx.db.caseMaterial.findUnique({ where: { id: input.materialId } });
  if (!material) return notFound;

  const result = await ctx.db.$transaction(async (tx) => {
    const kase = await lockCase(tx, material.caseId);
    if (!kase || !reachesDraft(applicant, kase)) return notFound;
    if (!isEditable(kase.status)) {
      return refused<{ case: Case; removedMaterialId: string }>(
        userError('INVALID_TRANSITION', '只有暂存件可以删除材料。', ['input', 'materialId']),
      );
    }
    const deleted = await tx.caseMaterial.deleteMany({ where: { id: material.id } });
    if (deleted.count !== 1) return notFound;
    return ok({ case: kase, removedMaterialId: material.id });
  });

  if (result.ok) await deleteRemovedMaterialFile(ctx, material.storageKey);
  return result;
}
