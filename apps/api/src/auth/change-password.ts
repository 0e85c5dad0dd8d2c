import type { Context } from '../context.ts';
import { ok, refused, userError, type Result } from '../lib/errors.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { requireUser } from './require.ts';
import { revokeUserSessions } from './revoke-session.ts';

export const MIN_PASSWORD_LENGTH = 8;

/**
 * Sets a new password for the signed-in user after checking the current one, and ends every other session
 * of theirs at once (a stolen cookie stops working); the session that made the change stays signed in.
 * No screen offers this yet (信息管理 is a later issue); the domain function is ready for it.
 */
export async function changePassword(
  ctx: Context,
  input: { currentPassword: string; newPassword: string },
): Promise<Result<{ revokedSessions: number }>> {
  const { user, sessionId } = requireUser(ctx.principal);
  // The principal never carries the password hash; it is read here, for this check only.
  const { passwordHash: currentHash } = await ctx.db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { passwordHash: true },
  });
  if (!currentHash || !(await verifyPassword(currentHash, input.currentPassword))) {
    return refused(userError('INVALID', '当前密码不正确', ['currentPassword']));
  }
  if (input.newPassword.length < MIN_PASSWORD_LENGTH || input.newPassword.length > 256) {
    return refused(userError('INVALID', `新密码长度须为 ${MIN_PASSWORD_LENGTH}–256 个字符`, ['newPassword']));
  }
  if (input.newPassword === input.currentPassword) {
    return refused(userError('INVALID', '新密码不能与当前密码相同', ['newPassword']));
  }
  const passwordHash = await hashPassword(input.newPassword);
  const revokedSessions = await ctx.db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    return revokeUserSessions({ db: tx, clock: ctx.clock }, { userId: user.id, exceptSessionId: sessionId });
  });
  return ok({ revokedSessions });
}
