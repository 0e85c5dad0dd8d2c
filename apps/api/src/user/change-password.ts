import type { Context } from '../context.ts';
import { ok, refused, userError, type Result, type UserError } from '../lib/errors.ts';
import { formatCst } from '../lib/natural-days.ts';
import { passwordProblem } from '../auth/password-rule.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { userPolicy } from './user-policy.ts';
import { revokeUserSessions } from '../auth/revoke-session.ts';

const CURRENT = ['input', 'currentPassword'];
const NEW = ['input', 'newPassword'];

export interface ChangePasswordOutcome {
  result: Result<{ revokedSessions: number }>;
  lockedUntil: Date | null;
}

/**
 * Sets a new password for the signed-in user after checking the current one, and ends every other session
 * of theirs at once (a stolen cookie stops working); the session that made the change stays signed in.
 * Wrong current passwords are throttled like sign-in (the same per-address count, and 5 per user), so a
 * stolen session cannot be used to guess the password. No screen offers this yet (信息管理 is a later issue).
 */
export async function changePassword(
  ctx: Context,
  input: { currentPassword: string; newPassword: string },
): Promise<ChangePasswordOutcome> {
  const { user, sessionId } = userPolicy.requireUser(ctx.principal, 'user.changePassword');
  const now = ctx.clock.now();
  const throttleKey = `password-change:${user.id}`;
  // A weak proposal is refused before anything is counted: it never checks the current password.
  const weak = newPasswordProblem(input, user);
  if (weak) return { result: refused(weak), lockedUntil: null };
  const wait = await ctx.passwordThrottle.reserve(throttleKey, ctx.ip, now);
  if (wait > 0) {
    const lockedUntil = new Date(now.getTime() + Math.ceil(wait / 1000) * 1000);
    const message = `密码错误次数过多，请于 ${formatCst(lockedUntil)} 后再试`;
    return { result: refused(userError('FORBIDDEN', message, CURRENT)), lockedUntil };
  }

  // The principal never carries the password hash; it is read here, for this check only.
  const { passwordHash: currentHash } = await ctx.db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { passwordHash: true },
  });
  if (!currentHash || !(await verifyPassword(currentHash, input.currentPassword))) {
    // The failure was counted by reserve().
    return { result: refused(userError('INVALID', '当前密码不正确', CURRENT)), lockedUntil: null };
  }
  await ctx.passwordThrottle.succeeded(throttleKey, ctx.ip, now);
  const passwordHash = await hashPassword(input.newPassword);
  const revokedSessions = await ctx.db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const count = await revokeUserSessions(
      { db: tx, clock: ctx.clock },
      { userId: user.id, exceptSessionId: sessionId },
    );
    await writeAuditLog(tx, ctx, {
      action: 'user.change_password',
      subjectType: 'User',
      subjectId: user.id,
      details: { revokedSessions: count },
    });
    return count;
  });
  return { result: ok({ revokedSessions }), lockedUntil: null };
}

/** The password rule (auth/password-rule.ts), and not the current password. */
export function newPasswordProblem(
  input: { currentPassword: string; newPassword: string },
  user: { idNumberHash: string | null; phoneHash: string | null },
): UserError | null {
  const problem = passwordProblem(input.newPassword, user, NEW, '新密码');
  if (problem) return problem;
  if (input.newPassword === input.currentPassword) {
    return userError('INVALID', '新密码不能与当前密码相同', NEW);
  }
  return null;
}
