import type { Readable } from 'node:stream';
import type { Context } from '../context.ts';
import type { CaseMaterial } from '../generated/prisma/client.ts';
import { canReadCase } from '../case/case-policy.ts';
import { StorageObjectNotFound } from '../storage/file-storage.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';

/**
 * A material's file for whoever may see its case (the applicant, the handling department's staff,
 * supervisors and admins, the department's partner system with cases:read; a draft only its applicant). Anything else — unknown, not permitted, no file — is the same null, so nothing is disclosed.
 * Materials carry personal data, so every read by someone other than the applicant is audited.
 */
export async function readCaseMaterialFile(
  ctx: Context,
  materialId: string,
): Promise<{ material: CaseMaterial; body: Readable } | null> {
  if (ctx.principal.kind === 'anonymous') return null;
  const material = await ctx.db.caseMaterial.findUnique({
    where: { id: materialId },
    include: { case: true },
  });
  if (!material?.storageKey) return null;
  const kase = material.case;
  if (!canReadCase(ctx.principal, kase)) return null;
  const isApplicant = ctx.principal.kind === 'user' && ctx.principal.user.id === kase.applicantId;
  try {
    const body = await ctx.storage.get(material.storageKey);
    if (!isApplicant) {
      await writeAuditLog(ctx.db, ctx, {
        action: 'case_material.file.read',
        subjectType: 'CaseMaterial',
        subjectId: material.id,
        details: { caseId: kase.id },
      });
    }
    return { material, body };
  } catch (error) {
    if (!(error instanceof StorageObjectNotFound)) throw error;
    ctx.logger.error({ materialId, key: material.storageKey }, 'a material row points at a missing file');
    return null;
  }
}
