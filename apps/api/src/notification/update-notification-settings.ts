import type { Context } from '../context.ts';
import type { PrincipalUser } from '../auth/principal.ts';
import { ok, type Result } from '../lib/errors.ts';
import { writeAuditLog } from '../audit/write-audit-log.ts';
import { notificationPolicy } from './notification-policy.ts';

/** 短信通知 on or off for the caller. Turning it off cancels the SMS still queued for them at once. */
export async function updateNotificationSettings(
  ctx: Context,
  input: { smsOptOut: boolean },
): Promise<Result<PrincipalUser>> {
  const { user } = notificationPolicy.requireUser(ctx.principal, 'notification.updateSettings');
  await ctx.db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { smsOptOut: input.smsOptOut } });
    if (input.smsOptOut) {
      await tx.smsMessage.updateMany({
        where: { userId: user.id, status: 'PENDING' },
        data: { status: 'CANCELLED' },
      });
    }
    await writeAuditLog(tx, ctx, {
      action: 'notification.update_settings',
      subjectType: 'User',
      subjectId: user.id,
      details: { smsOptOut: input.smsOptOut },
    });
  });
  return ok(user);
}
