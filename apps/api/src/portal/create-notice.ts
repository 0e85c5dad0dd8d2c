import type { Context } from '../context.ts';
import type { Notice } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result, type UserError } from '../lib/errors.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { portalPolicy } from './portal-policy.ts';
import { NOTICE_BODY_MAX, NOTICE_TITLE_MAX } from './notice-rules.ts';

/** 系统管理 → 通知公告 → 新建: an administrator writes a notice, published at once or kept unpublished. */
export async function createNotice(
  ctx: Context,
  input: { title: string; body: string; publish?: boolean | null },
): Promise<Result<Notice>> {
  const { user } = portalPolicy.requireUser(ctx.principal, 'portal.manageNotices');
  const title = input.title.trim();
  const body = input.body.trim();
  const errors: UserError[] = [];
  if (!title) errors.push(userError('REQUIRED', '请填写标题。', ['input', 'title']));
  else if ([...title].length > NOTICE_TITLE_MAX)
    errors.push(userError('INVALID', `标题最多 ${NOTICE_TITLE_MAX} 字。`, ['input', 'title']));
  if (!body) errors.push(userError('REQUIRED', '请填写正文。', ['input', 'body']));
  else if ([...body].length > NOTICE_BODY_MAX)
    errors.push(userError('INVALID', `正文最多 ${NOTICE_BODY_MAX} 字。`, ['input', 'body']));
  if (errors.length) return refused(...errors);
  const notice = await ctx.db.$transaction(async (tx) => {
    const row = await tx.notice.create({
      data: { title, body, authorId: user.id, publishedAt: input.publish ? ctx.clock.now() : null },
    });
    await writeAuditLog(tx, ctx, {
      action: 'portal.create_notice',
      subjectType: 'Notice',
      subjectId: row.id,
      details: { published: Boolean(input.publish) },
    });
    return row;
  });
  return ok(notice);
}
