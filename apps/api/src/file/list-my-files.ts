import type { Context } from '../context.ts';
import type { CaseMaterial } from '../generated/prisma/client.ts';
import type { PrincipalUser } from '../auth/principal.ts';
import { keysetWhere, pageOf } from '../lib/keyset-cursor.ts';
import { NO_ROW_ID } from '../lib/payload.ts';
import { filePolicy } from './file-policy.ts';

/**
 * 我的文件: every file the user uploaded or fetched (a stored file) into their own cases, drafts included,
 * newest first. Anyone asking through another user gets nobody's. Opening a file is GET /files/:id's own
 * check (readCaseMaterialFile), so the list grants nothing the case does not.
 */
export function listMyFiles(
  ctx: Context,
  user: PrincipalUser,
  args: { first?: number | null; after?: string | null },
) {
  const owner = filePolicy.allows(ctx.principal, 'file.listOwn', { ownerId: user.id }) ? user.id : NO_ROW_ID;
  const where = { uploadedById: owner, storageKey: { not: null }, case: { applicantId: owner } };
  return pageOf<CaseMaterial>(
    args,
    (row) => row.createdAt,
    (take) =>
      ctx.db.caseMaterial.findMany({
        where: { ...where, ...keysetWhere(args.after, 'createdAt') },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take,
      }),
    () => ctx.db.caseMaterial.count({ where }),
  );
}
