import { createHash } from 'node:crypto';
import type { Context } from '../context.ts';
import type { CaseMaterial } from '../generated/prisma/client.ts';
import { applicationPolicy, reachesDraft } from './application-policy.ts';
import { isEditable } from '../case/index.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { newStorageKey, STORAGE_PREFIX } from '../storage/file-storage.ts';
import { detectContentType } from './detect-content-type.ts';
import { cleanFileName } from './clean-file-name.ts';
import { lockCase } from './editable-case.ts';

export interface AddCaseMaterialInput {
  caseId: string;
  itemMaterialId: string;
  fileName: string | undefined;
  bytes: Buffer;
}

const MIB = 1024 * 1024;
const mib = (bytes: number) => `${Math.round((bytes / MIB) * 10) / 10} MB`;

/**
 * The applicant uploads a file for one checklist entry of their own 暂存件. The type comes from the content;
 * the file is stored first and the row inserted after, so a failure never leaves a row without its file,
 * and a refused or failed insert removes the stored file again.
 */
export async function addCaseMaterial(
  ctx: Context,
  input: AddCaseMaterialInput,
): Promise<Result<CaseMaterial>> {
  const applicant = applicationPolicy.requireUser(ctx.principal, 'application.editDraft');
  const notFound = refused<CaseMaterial>(userError('NOT_FOUND', '未找到该暂存件。', ['caseId']));

  const kase = await ctx.db.case.findUnique({ where: { id: input.caseId } });
  if (!kase || !reachesDraft(applicant, kase)) return notFound;
  if (!isEditable(kase.status)) {
    return refused(userError('INVALID_TRANSITION', '只有暂存件可以上传材料。', ['caseId']));
  }
  const slot = await ctx.db.serviceItemMaterial.findUnique({ where: { id: input.itemMaterialId } });
  if (!slot || slot.itemId !== kase.itemId) {
    return refused(userError('NOT_FOUND', '该事项没有这项申请材料。', ['itemMaterialId']));
  }

  if (input.bytes.length === 0) return refused(userError('EMPTY_FILE', '文件是空的，请重新选择。', ['file']));
  if (input.bytes.length > ctx.uploadLimits.maxFileBytes) {
    return refused(
      userError('FILE_TOO_LARGE', `单个文件不能超过 ${mib(ctx.uploadLimits.maxFileBytes)}。`, ['file']),
    );
  }
  const contentType = await detectContentType(input.bytes);
  if (!contentType) {
    return refused(
      userError('UNSUPPORTED_FILE_TYPE', '只能上传 PDF、JPG、PNG 或 OFD 文件（按文件内容判断）。', ['file']),
    );
  }

  const now = ctx.clock.now();
  const storageKey = newStorageKey(STORAGE_PREFIX.materials, now);
  await ctx.storage.put(storageKey, input.bytes, { contentType, contentLength: input.bytes.length });

  let result: Result<CaseMaterial>;
  try {
    result = await ctx.db.$transaction(async (tx) => {
      const locked = await lockCase(tx, kase.id);
      if (!locked || !isEditable(locked.status)) {
        return refused<CaseMaterial>(userError('INVALID_TRANSITION', '只有暂存件可以上传材料。', ['caseId']));
      }
      const used = await tx.caseMaterial.aggregate({ where: { caseId: kase.id }, _sum: { sizeBytes: true } });
      if ((used._sum.sizeBytes ?? 0) + input.bytes.length > ctx.uploadLimits.maxCaseBytes) {
        return refused<CaseMaterial>(
          userError(
            'CASE_FILES_TOO_LARGE',
            `本件材料合计不能超过 ${mib(ctx.uploadLimits.maxCaseBytes)}，已用 ${mib(used._sum.sizeBytes ?? 0)}。`,
            ['file'],
          ),
        );
      }
      const material = await tx.caseMaterial.create({
        data: {
          caseId: kase.id,
          itemMaterialId: slot.id,
          name: slot.name,
          trustLevel: 'D',
          fileName: cleanFileName(input.fileName, contentType),
          contentType,
          sizeBytes: input.bytes.length,
          sha256: createHash('sha256').update(input.bytes).digest('hex'),
          storageKey,
          uploadedById: applicant.user.id,
          createdAt: now,
        },
      });
      return ok(material);
    });
  } catch (error) {
    await deleteQuietly(ctx, storageKey);
    throw error;
  }
  if (!result.ok) await deleteQuietly(ctx, storageKey);
  return result;
}

async function deleteQuietly(ctx: Context, key: string) {
  try {
    await ctx.storage.delete(key);
  } catch (error) {
    ctx.logger.error({ err: error, key }, 'could not delete a stored file whose row was not written');
  }
}
