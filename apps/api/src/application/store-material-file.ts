import { createHash } from 'node:crypto';
import type { Context } from '../context.ts';
import type { CaseMaterial, Prisma } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result, type UserError } from '../lib/errors.ts';
import { newStorageKey, STORAGE_PREFIX } from '../storage/file-storage.ts';
import { detectContentType, type AcceptedContentType } from './detect-content-type.ts';
import { cleanFileName } from './clean-file-name.ts';

const MIB = 1024 * 1024;
const mib = (bytes: number) => `${Math.round((bytes / MIB) * 10) / 10} MB`;

/** An uploaded file as stored, with the columns every material row of it carries. */
export interface StoredFile {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
  createdAt: Date;
}

/**
 * The checks every uploaded material passes, whatever it answers (a draft's checklist, a 补正 notice): not
 * empty, within the per-file limit, and a PDF, JPEG, PNG or OFD judged by its content. Field `["file"]`.
 */
export async function checkUploadedFile(ctx: Context, bytes: Buffer): Promise<Result<AcceptedContentType>> {
  if (bytes.length === 0) return refused(userError('EMPTY_FILE', '文件是空的，请重新选择。', ['file']));
  if (bytes.length > ctx.uploadLimits.maxFileBytes) {
    return refused(
      userError('FILE_TOO_LARGE', `单个文件不能超过 ${mib(ctx.uploadLimits.maxFileBytes)}。`, ['file']),
    );
  }
  const contentType = await detectContentType(bytes);
  if (!contentType) {
    return refused(
      userError('UNSUPPORTED_FILE_TYPE', '只能上传 PDF、JPG、PNG 或 OFD 文件（按文件内容判断）。', ['file']),
    );
  }
  return ok(contentType);
}

/** The per-case total, checked inside the transaction that holds the case's lock. */
export async function caseTotalRefusal(
  ctx: Context,
  tx: Prisma.TransactionClient,
  caseId: string,
  adding: number,
): Promise<UserError | null> {
  const used = await tx.caseMaterial.aggregate({ where: { caseId }, _sum: { sizeBytes: true } });
  const usedBytes = used._sum.sizeBytes ?? 0;
  if (usedBytes + adding <= ctx.uploadLimits.maxCaseBytes) return null;
  return userError(
    'CASE_FILES_TOO_LARGE',
    `本件材料合计不能超过 ${mib(ctx.uploadLimits.maxCaseBytes)}，已用 ${mib(usedBytes)}。`,
    ['file'],
  );
}

/**
 * Stores the file first, then records its row in a transaction (`record`); a refused or failed recording
 * removes the stored file again, so a failure never leaves a row without its file. (A process dying in
 * between leaves only a file without a row, which the orphan-file job removes.)
 */
export async function storeThenRecord(
  ctx: Context,
  upload: { bytes: Buffer; fileName: string | undefined; contentType: AcceptedContentType },
  record: (tx: Prisma.TransactionClient, file: StoredFile) => Promise<Result<CaseMaterial>>,
): Promise<Result<CaseMaterial>> {
  const now = ctx.clock.now();
  const file: StoredFile = {
    fileName: cleanFileName(upload.fileName, upload.contentType),
    contentType: upload.contentType,
    sizeBytes: upload.bytes.length,
    sha256: createHash('sha256').update(upload.bytes).digest('hex'),
    storageKey: newStorageKey(STORAGE_PREFIX.materials, now),
    createdAt: now,
  };
  await ctx.storage.put(file.storageKey, upload.bytes, {
    contentType: file.contentType,
    contentLength: file.sizeBytes,
  });
  let result: Result<CaseMaterial>;
  try {
    result = await ctx.db.$transaction((tx) => record(tx, file));
  } catch (error) {
    await deleteQuietly(ctx, file.storageKey);
    throw error;
  }
  if (!result.ok) await deleteQuietly(ctx, file.storageKey);
  return result;
}

async function deleteQuietly(ctx: Context, key: string) {
  try {
    await ctx.storage.delete(key);
  } catch (error) {
    ctx.logger.error({ err: error, key }, 'could not delete a stored file whose row was not written');
  }
}

/**
 * After a material's row is deleted (committed), its stored file goes. A failure is only logged: the row is
 * gone, so nobody can reach the file, and the orphan-file job removes it later.
 */
export async function deleteRemovedMaterialFile(ctx: Context, storageKey: string | null): Promise<void> {
  if (!storageKey) return;
  try {
    await ctx.storage.delete(storageKey);
  } catch (error) {
    ctx.logger.error({ err: error, key: storageKey }, 'could not delete a removed material’s file');
  }
}
