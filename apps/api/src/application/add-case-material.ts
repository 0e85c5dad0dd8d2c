import type { Context } from '../context.ts';
import type { CaseMaterial } from '../generated/prisma/client.ts';
import { applicationPolicy, reachesDraft } from './application-policy.ts';
import { isEditable } from '../case/index.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { lockCase } from './editable-case.ts';
import { caseTotalRefusal, checkUploadedFile, storeThenRecord } from './store-material-file.ts';

export interface AddCaseMaterialInput {
  caseId: string;
  itemMaterialId: string;
  fileName: string | undefined;
  bytes: Buffer;
}

/**
 * The applicant uploads a file for one checklist entry of their own 暂存件. The type comes from the content;
 * the file is stored first and the row inserted after (store-material-file.ts).
 */
export async function addCaseMaterial(
  ctx: Context,
  input: AddCaseMaterialInput,
): Promise<Result<CaseMaterial>> {
  const applicant = applicationPolicy.requireUser(ctx.principal, 'application.editDraft');
  const notFound = refused<CaseMaterial>(userError('NOT_FOUND', '未找到该暂存件。', ['caseId']));
  const notEditable = refused<CaseMaterial>(
    userError('INVALID_TRANSITION', '只有暂存件可以上传材料。', ['caseId']),
  );

  const kase = await ctx.db.case.findUnique({ where: { id: input.caseId } });
  if (!kase || !reachesDraft(applicant, kase)) return notFound;
  if (!isEditable(kase.status)) return notEditable;
  const slot = await ctx.db.serviceItemMaterial.findUnique({ where: { id: input.itemMaterialId } });
  if (!slot || slot.itemId !== kase.itemId) {
    return refused(userError('NOT_FOUND', '该事项没有这项申请材料。', ['itemMaterialId']));
  }
  const checked = await checkUploadedFile(ctx, input.bytes);
  if (!checked.ok) return checked;

  const upload = { bytes: input.bytes, fileName: input.fileName, contentType: checked.value };
  return storeThenRecord(ctx, upload, async (tx, file) => {
    const locked = await lockCase(tx, kase.id);
    if (!locked || !isEditable(locked.status)) return notEditable;
    const overTotal = await caseTotalRefusal(ctx, tx, kase.id, file.sizeBytes);
    if (overTotal) return refused(overTotal);
    const material = await tx.caseMaterial.create({
      data: {
        ...file,
        caseId: kase.id,
        itemMaterialId: slot.id,
        name: slot.name,
        trustLevel: 'D',
        uploadedById: applicant.user.id,
      },
    });
    return ok(material);
  });
}
