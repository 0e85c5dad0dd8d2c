import type { Prisma } from '../generated/prisma/client.ts';
import type { OutboxEvent, OutboxHandler } from '../jobs/outbox-handler.ts';
import type { Clock } from '../lib/clock.ts';
import { systemClock } from '../lib/clock.ts';
import { CASE_EVENTS, findCorrectionNotice, missingMaterialsOf } from '../case/index.ts';
import { EVALUATION_EVENTS } from '../evaluation/index.ts';
import { evaluationClosesAt } from '../evaluation/index.ts';
import { QUESTION_EVENTS } from '../question/index.ts';
import { CASE_LABEL_SELECT, caseLabelOf, NOTIFICATION_TEXTS } from './notification-texts.ts';
import { writeNotification, type NotificationInput } from './write-notification.ts';

/** The subscriber's name in outbox_deliveries: never rename it. */
export const NOTIFICATION_SUBSCRIBER = 'notifications';

type Tx = Prisma.TransactionClient;
type Payload = Record<string, unknown>;

/** The case, its applicant and its item, as the texts need them. */
async function caseOf(tx: Tx, caseId: string) {
  return tx.case.findUnique({
    where: { id: caseId },
    select: {
      id: true,
      applicantId: true,
      completedAt: true,
      ...CASE_LABEL_SELECT,
      department: { select: { name: true } },
      evaluation: { select: { id: true } },
    },
  });
}

/** The notification an event means for the case's applicant, or null when it means none. */
async function notificationFor(
  tx: Tx,
  event: OutboxEvent,
  now: Date,
): Promise<Omit<NotificationInput, 'sourceKey' | 'occurredAt'> | null> {
  const payload = event.payload as Payload;
  if (event.type === QUESTION_EVENTS.answered) return questionAnswered(tx, String(payload.questionId));
  const kase = await caseOf(tx, String(payload.caseId));
  if (!kase) return null;
  const base = { userId: kase.applicantId, caseId: kase.id };
  const label = caseLabelOf(kase);
  if (event.type === CASE_EVENTS.statusChanged) {
    if (payload.to === 'ACCEPTED' || payload.to === 'ACCEPTED_ON_COMMITMENT') {
      return { ...base, kind: 'CASE_ACCEPTED', ...NOTIFICATION_TEXTS.accepted(label) };
    }
    if (payload.to === 'CORRECTION_REQUIRED') {
      const missing = missingMaterialsOf((await findCorrectionNotice(tx, kase.id))?.details);
      return { ...base, kind: 'CASE_CORRECTION', ...NOTIFICATION_TEXTS.correction(label, missing) };
    }
    return null;
  }
  if (event.type === CASE_EVENTS.completed) {
    // The evaluation it opens is announced with it, while it can still be given.
    const completedAt = kase.completedAt ?? event.occurredAt;
    const closesAt = evaluationClosesAt(completedAt);
    const open = !kase.evaluation && now < closesAt;
    return {
      ...base,
      kind: 'CASE_COMPLETED',
      ...NOTIFICATION_TEXTS.completed(label, open ? closesAt : null),
    };
  }
  if (event.type === EVALUATION_EVENTS.replied && payload.kind === 'REPLY') {
    return {
      ...base,
      kind: 'EVALUATION_REPLIED',
      ...NOTIFICATION_TEXTS.replied(label, kase.department.name),
    };
  }
  return null;
}

/** 部门已答复: the asker of an answered 咨询 or 投诉. */
async function questionAnswered(tx: Tx, questionId: string) {
  const question = await tx.question.findUnique({
    where: { id: questionId },
    select: {
      id: true,
      userId: true,
      kind: true,
      item: { select: { name: true } },
      department: { select: { name: true } },
    },
  });
  if (!question) return null;
  return {
    userId: question.userId,
    caseId: null,
    questionId: question.id,
    kind: 'QUESTION_ANSWERED' as const,
    ...NOTIFICATION_TEXTS.questionAnswered({
      kind: question.kind,
      itemName: question.item.name,
      departmentName: question.department.name,
    }),
  };
}

/**
 * 我的互动: turns case and 好差评 events into the applicant's notifications (受理, 补正 with the missing materials,
 * 办结 with the evaluation deadline, the department's reply) and a department's answer to a 咨询 or 投诉 into
 * the notifications of the applicant or asker, with their SMS queued, in the delivery's
 * transaction: a replayed event writes nothing twice (notifications are unique per user and event id).
 */
export function notificationHandler(clock: Clock = systemClock): OutboxHandler {
  return {
    subscriber: NOTIFICATION_SUBSCRIBER,
    eventTypes: [
      CASE_EVENTS.statusChanged,
      CASE_EVENTS.completed,
      EVALUATION_EVENTS.replied,
      QUESTION_EVENTS.answered,
    ],
    async handle(event, { tx }) {
      const now = clock.now();
      const notification = await notificationFor(tx, event, now);
      if (!notification) return;
      await writeNotification(
        tx,
        { ...notification, sourceKey: event.id, occurredAt: event.occurredAt },
        now,
      );
    },
  };
}
