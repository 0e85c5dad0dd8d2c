import type { Prisma, Question } from '../generated/prisma/client.ts';
import { recordOutboxEvent } from '../jobs/record-outbox-event.ts';

/** The question events a handler may subscribe to; aggregate: `question:<id>` (never taken for a case id). */
export const QUESTION_EVENTS = {
  /** the department answered; payload: questionId, userId, itemId, departmentId, kind, answeredAt */
  answered: 'question.answered',
} as const;

export async function recordQuestionAnswered(
  tx: Prisma.TransactionClient,
  question: Pick<Question, 'id' | 'userId' | 'itemId' | 'departmentId' | 'kind'>,
  answeredAt: Date,
): Promise<void> {
  await recordOutboxEvent(tx, {
    type: QUESTION_EVENTS.answered,
    aggregate: `question:${question.id}`,
    occurredAt: answeredAt,
    payload: {
      questionId: question.id,
      userId: question.userId,
      itemId: question.itemId,
      departmentId: question.departmentId,
      kind: question.kind,
      answeredAt: answeredAt.toISOString(),
    },
  });
}
