import type { Db } from '../db/prisma.ts';
import { jobPrincipal } from '../auth/principal.ts';
import { decryptPii } from '../lib/pii.ts';
import { retryDelayMs } from '../jobs/outbox-handler.ts';
import { notificationPolicy } from './notification-policy.ts';
import { smsSendableAt } from './quiet-hours.ts';
import type { SmsProvider } from './sms-provider.ts';

/** Attempts before an SMS is given up (FAILED): with the outbox's backoff, about 17 hours of a gateway down. */
export const SMS_MAX_ATTEMPTS = 25;
/** A message left SENDING this long (its worker died) is handed over again, with the same idempotency key. */
export const SMS_STALE_SENDING_MS = 5 * 60_000;
const SEND_TIMEOUT_MS = 30_000;

export interface SendDueSmsHooks {
  /** the provider took the message; it is not marked SENT yet (a fault test stops the worker here) */
  afterSend?: (messageId: string) => Promise<void>;
}

/**
 * The job room's SMS sender: claims due messages (PENDING and due, or SENDING and stale) with SKIP LOCKED,
 * counts the attempt and commits that before calling the provider, then marks the message SENT. The message
 * id is the provider's idempotency key, so a worker killed between the provider's answer and the SENT mark
 * hands the same key again and the message still reaches the phone once. A failure backs off (the outbox's
 * delays), re-checks quiet hours, and gives up as FAILED after SMS_MAX_ATTEMPTS. Opting out or removing the
 * phone before sending CANCELs it.
 */
export async function sendDueSms(
  db: Db,
  provider: SmsProvider,
  now: Date,
  options: { batchSize?: number; hooks?: SendDueSmsHooks } = {},
) {
  notificationPolicy.require(jobPrincipal('notifications'), 'notification.sendSms');
  const staleBefore = new Date(now.getTime() - SMS_STALE_SENDING_MS);
  const claimed = await db.$queryRaw<{ id: string; attempts: number }[]>`
    UPDATE "sms_messages" m SET "status" = 'SENDING', "attempts" = m."attempts" + 1, "due_at" = ${now}
     WHERE m."id" IN (
       SELECT "id" FROM "sms_messages"
        WHERE ("status" = 'PENDING' AND "due_at" <= ${now})
           OR ("status" = 'SENDING' AND "due_at" <= ${staleBefore})
        ORDER BY "due_at", "id"
        LIMIT ${options.batchSize ?? 100}
        FOR UPDATE SKIP LOCKED)
    RETURNING m."id"::text, m."attempts"`;
  const result = { sent: 0, failed: 0, cancelled: 0 };
  for (const { id, attempts } of claimed) {
    const message = await db.smsMessage.findUniqueOrThrow({
      where: { id },
      select: { text: true, user: { select: { phoneCipher: true, smsOptOut: true } } },
    });
    if (!message.user.phoneCipher || message.user.smsOptOut) {
      await db.smsMessage.update({ where: { id }, data: { status: 'CANCELLED' } });
      result.cancelled += 1;
      continue;
    }
    try {
      await provider.send(
        { idempotencyKey: id, phone: decryptPii(message.user.phoneCipher), text: message.text },
        AbortSignal.timeout(SEND_TIMEOUT_MS),
      );
    } catch (error) {
      const giveUp = attempts >= SMS_MAX_ATTEMPTS;
      await db.smsMessage.update({
        where: { id },
        data: {
          status: giveUp ? 'FAILED' : 'PENDING',
          dueAt: smsSendableAt(new Date(now.getTime() + retryDelayMs(attempts))),
          lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
        },
      });
      result.failed += 1;
      continue;
    }
    await options.hooks?.afterSend?.(id);
    await db.smsMessage.update({ where: { id }, data: { status: 'SENT', sentAt: now, lastError: null } });
    result.sent += 1;
  }
  return result;
}
