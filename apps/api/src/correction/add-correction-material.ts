import type { Context } from '../context.ts';
import type { CaseMaterial } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { lockCase } from '../application/index.ts';
import { caseTotalRefusal, checkUploadedFile, storeThenRecord } from '../application/index.ts';
import { answersOwnCase, correctionPolicy } from './correction-policy.ts';
import { AWAITING_CORRECTION, findCorrectionNotice, missingMaterialsOf } from '../case/index.ts';
import { notAwaiting } from './correction-refusals.ts';

export interface AddCorrectionMaterialInput {
  caseId: string;
  /** one of the missing materials the notice lists, by name */
  materialName: string;
  fileName: string | undefined;
  bytes: Buffer;
}

/**
 * 补正 online: the applicant uploads a file for one material their case's 补正 notice lists, with the same
 * content checks, limits and storage as an application. The row points at the notice, which marks it as
 * 补正材料 for the department; refused once the case no longer waits for materials (a stale tab).
 */
export async function addCorrectionMaterial(
  ctx: Context,
  input: AddCorrectionMaterialInput,
): Promise<Result<CaseMaterial>> {
  const applicant = correctionPolicy.requireUser(ctx.principal, 'correction.answer');
  const kase = await ctx.db.case.findUnique({ where: { id: input.caseId } });
  if (!kase || !answersOwnCase(applicant, kase)) {
    return refused(userError('NOT_FOUND', '未找到该办件。', ['caseId']));
  }
  if (kase.status !== AWAITING_CORRECTION) return refused(notAwaiting(kase.status, ['caseId']));
  const notice = await findCorrectionNotice(ctx.db, kase.id);
  const name = input.materialName.trim();
  if (!notice || !missingMaterialsOf(notice.details).includes(name)) {
    return refused(userError('NOT_FOUND', '补正通知没有要求这项材料。', ['correctionMaterial']));
  }
  const checked = await checkUploadedFile(ctx, input.bytes);
  if (!checked.ok) return checked;
  const slot = await ctx.db.serviceItemMaterial.findFirst({ where: { itemId: kase.itemId, name } });

  const upload = { bytes: input.bytes, fileName: input.fileName, contentType: checked.value };
  return storeThenRecord(ctx, upload, async (tx, file) => {
    const locked = await lockCase(tx, kase.id);
    if (!locked || locked.status !== AWAITING_CORRECTION) {
      return refused<CaseMaterial>(notAwaiting(locked?.status ?? kase.status, ['caseId']));
    }
    const overTotal = await caseTotalRefusal(ctx, tx, kase.id, file.sizeBytes);
    if (overTotal) return refused(overTotal);
    const material = await tx.caseMaterial.create({
      data: {
        ...file,
        caseId: kase.id,
        itemMaterialId: slot?.id ?? null,
        name,
        trustLevel: 'D',
        uploadedById: applicant.user.id,
        correctionEventId: notice.id,
      },
    });
    return ok(material);
  });
}
