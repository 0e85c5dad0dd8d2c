import type { NotificationKind, Prisma } from '../generated/prisma/client.ts';
import { jobPrincipal } from '../auth/principal.ts';
import { notificationPolicy } from './notification-policy.ts';
import { smsSendableAt } from './quiet-hours.ts';

/** What goes before every SMS text: the sender's name, as Chinese SMS rules require. */
export const SMS_SIGNATURE = '【网上办事大厅】';
/** An event older than this (a new subscriber replaying history) reaches the inbox only, never a phone. */
export const SMS_MAX_EVENT_AGE_MS = 24 * 60 * 60 * 1000;

export interface NotificationInput {
  userId: string;
  kind: NotificationKind;
  /** what it reports (an outbox event id, `evaluation-reminder:<case id>`): written once per user */
  sourceKey: string;
  caseId: string | null;
  /** the 咨询 or 投诉 answered, for QUESTION_ANSWERED */
  questionId?: string | null;
  title: string;
  body: string;
  /** when what it reports happened (old events get no SMS) */
  occurredAt: Date;
}

/**
 * Puts a notification in the user's inbox and, unless they opted out or have no phone, queues its SMS at the
 * first instant outside quiet hours. Both inside the caller's transaction, once per (user, sourceKey): a
 * second call for the same source writes nothing. Answers whether it wrote the notification.
 */
export async function writeNotification(
  tx: Prisma.TransactionClient,
  input: NotificationInput,
  now: Date,
): Promise<boolean> {
  notificationPolicy.require(jobPrincipal('notifications'), 'notification.write');
  const created = await tx.notification.createManyAndReturn({
    data: [
      {
        userId: input.userId,
        kind: input.kind,
        sourceKey: input.sourceKey,
        caseId: input.caseId,
        questionId: input.questionId ?? null,
        title: input.title,
        body: input.body,
        createdAt: now,
      },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  const notification = created[0];
  if (!notification) return false;
  const user = await tx.user.findUniqueOrThrow({
    where: { id: input.userId },
    select: { phoneCipher: true, smsOptOut: true },
  });
  const fresh = now.getTime() - input.occurredAt.getTime() <= SMS_MAX_EVENT_AGE_MS;
  if (user.phoneCipher && !user.smsOptOut && fresh) {
    await tx.smsMessage.create({
      data: {
        notificationId: notification.id,
        userId: input.userId,
        text: `${SMS_SIGNATURE}${input.body}`,
        dueAt: smsSendableAt(now),
        createdAt: now,
      },
    });
  }
  return true;
}
