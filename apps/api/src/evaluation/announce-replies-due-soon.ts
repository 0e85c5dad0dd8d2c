import type { Db } from '../db/prisma.ts';
import { recordOutboxEvent } from '../jobs/record-outbox-event.ts';
import { EVALUATION_DEADLINE_EVENTS } from './evaluation-outbox.ts';
import { replyStateWhere } from './list-department-evaluation-tasks.ts';

/**
 * 差评回复即将到期: each bad review entering the DUE_SOON state (unanswered, reply due within DUE_SOON_MS) is
 * announced once through the outbox (partners subscribe with evaluation.reply_due_soon). The notice row and
 * the event commit together, and the row's key is the evaluation: a rerun or a second worker announces none.
 */
export async function announceRepliesDueSoon(db: Db, now: Date, options: { batchSize?: number } = {}) {
  const due = await db.evaluation.findMany({
    where: { AND: [replyStateWhere('DUE_SOON', now), { replyDueNotice: { is: null } }] },
    select: { id: true, caseId: true, replyDueAt: true },
    orderBy: [{ replyDueAt: 'asc' }, { id: 'asc' }],
    take: options.batchSize ?? 500,
  });
  let announced = 0;
  for (const evaluation of due) {
    const written = await db.$transaction(async (tx) => {
      const { count } = await tx.evaluationReplyDueNotice.createMany({
        data: [{ evaluationId: evaluation.id, announcedAt: now }],
        skipDuplicates: true,
      });
      if (count === 0) return false;
      await recordOutboxEvent(tx, {
        type: EVALUATION_DEADLINE_EVENTS.replyDueSoon,
        aggregate: evaluation.caseId,
        occurredAt: now,
        payload: {
          evaluationId: evaluation.id,
          caseId: evaluation.caseId,
          replyDueAt: evaluation.replyDueAt!.toISOString(),
        },
      });
      return true;
    });
    if (written) announced += 1;
  }
  return { candidates: due.length, announced };
}
