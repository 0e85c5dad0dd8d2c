import type { Context } from '../context.ts';
import type { Session } from '../generated/prisma/client.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { notFound } from '../lib/payload.ts';
import { isSessionLive } from '../auth/session-policy.ts';
import { revokeSession } from '../auth/revoke-session.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { userPolicy } from './user-policy.ts';

const FIELD = ['input', 'sessionId'];

/**
 * 退出 for one of the caller's other sessions (在线设备): it stops signing anyone in at once. Someone else's
 * session is NOT_FOUND (as if it did not exist); the session making the request is refused (the header's 退出
 * ends it); one already ended or expired is refused as INVALID_TRANSITION.
 */
export async function endSession(ctx: Context, input: { sessionId: string }): Promise<Result<Session>> {
  const { user, sessionId: currentId } = userPolicy.requireUser(ctx.principal, 'user.endSession');
  const session = await ctx.db.session.findUnique({ where: { id: input.sessionId } });
  if (!session || !userPolicy.allows(ctx.principal, 'user.endSession', { ownerId: session.userId })) {
    return refused(notFound(FIELD, '未找到该登录设备。'));
  }
  if (session.id === currentId) {
    return refused(userError('INVALID', '这是当前设备，请使用页面右上角的“退出”。', FIELD));
  }
  if (!isSessionLive(ctx.sessionPolicy, session, user, ctx.clock.now())) {
    return refused(userError('INVALID_TRANSITION', '该设备已退出登录。', FIELD));
  }
  return ctx.db.$transaction(async (tx) => {
    if (!(await revokeSession({ db: tx, clock: ctx.clock }, { sessionId: session.id, userId: user.id }))) {
      return refused<Session>(userError('INVALID_TRANSITION', '该设备已退出登录。', FIELD));
    }
    await writeAuditLog(tx, ctx, {
      action: 'user.end_session',
      subjectType: 'Session',
      subjectId: session.id,
    });
    return ok(await tx.session.findUniqueOrThrow({ where: { id: session.id } }));
  });
}
