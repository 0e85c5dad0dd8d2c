import type { Context } from '../context.ts';
import { keysetWhere, pageOf } from '../lib/keyset-cursor.ts';
import type { Notice } from '../generated/prisma/client.ts';
import { portalPolicy } from './portal-policy.ts';

type Paging = { first?: number | null; after?: string | null };

/** 通知公告 as the public sees them: published ones, newest published first. */
export function listPublishedNotices(ctx: Pick<Context, 'db'>, args: Paging) {
  const where = { publishedAt: { not: null } };
  return pageOf<Notice>(
    args,
    (row) => row.publishedAt!,
    (take) =>
      ctx.db.notice.findMany({
        where: { AND: [where, keysetWhere(args.after, 'publishedAt')] },
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        take,
      }),
    () => ctx.db.notice.count({ where }),
  );
}

/** 系统管理 → 通知公告: every notice, published or not, newest written first. */
export function listAllNotices(ctx: Pick<Context, 'db' | 'principal'>, args: Paging) {
  portalPolicy.requireUser(ctx.principal, 'portal.manageNotices');
  return pageOf<Notice>(
    args,
    (row) => row.createdAt,
    (take) =>
      ctx.db.notice.findMany({
        where: keysetWhere(args.after, 'createdAt'),
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take,
      }),
    () => ctx.db.notice.count(),
  );
}

/** Whether the caller may see this notice: anyone once it is published, administrators always. */
export const canReadNotice = (ctx: Pick<Context, 'principal'>, notice: Pick<Notice, 'publishedAt'>) =>
  notice.publishedAt !== null || portalPolicy.holds(ctx.principal, 'portal.manageNotices');
