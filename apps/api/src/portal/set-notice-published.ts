import type { Context } from '../context.ts';
import type { Notice } from '../generated/prisma/client.ts';
import { ok, refused, type Result } from '../lib/errors.ts';
import { notFound } from '../lib/payload.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { portalPolicy } from './portal-policy.ts';

/**
 * 发布 or 撤回 a notice. Publishing an unpublished notice stamps it now (it moves to the top of the public
 * list); publishing a published one, or withdrawing a withdrawn one, changes nothing.
 */
export async function setNoticePublished(
  ctx: Context,
  input: { noticeId: string; published: boolean },
): Promise<Result<Notice>> {
  portalPolicy.requireUser(ctx.principal, 'portal.manageNotices');
  return ctx.db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "notices" WHERE "id" = ${input.noticeId}::uuid FOR UPDATE`;
    if (!locked) return refused(notFound(['input', 'noticeId'], '通知公告不存在。'));
    const current = await tx.notice.findUniqueOrThrow({ where: { id: locked.id } });
    if ((current.publishedAt !== null) === input.published) return ok(current);
    const notice = await tx.notice.update({
      where: { id: current.id },
      data: { publishedAt: input.published ? ctx.clock.now() : null },
    });
    await writeAuditLog(tx, ctx, {
      action: input.published ? 'portal.publish_notice' : 'portal.unpublish_notice',
      subjectType: 'Notice',
      subjectId: notice.id,
    });
    return ok(notice);
  });
}
