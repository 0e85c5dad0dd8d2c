import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/prisma.ts';
import { parseCst } from '../lib/natural-days.ts';
import { piiLookupHash } from '../lib/pii.ts';
import { createCaseLike } from '../testing/fixtures.ts';
import { useTestDatabase } from '../testing/use-test-database.ts';
import { announceRepliesDueSoon } from './announce-replies-due-soon.ts';
import { EVALUATION_DEADLINE_EVENTS } from './evaluation-outbox.ts';
import { DUE_SOON_MS } from './evaluation-rules.ts';

const SS_CASE = '20261121143005667788';
const CLERK = '120102198801010033'; // 南开社保分中心, the case's department
const NOW = parseCst('2026-07-10 12:00:00');

describe('evaluation.reply_due_soon', () => {
  const database = useTestDatabase();
  let db: Db;
  let n = 0;
  beforeAll(() => {
    db = database.db;
  });

  /** A bad review whose reply falls due `dueInMs` after NOW, answered or not. */
  async function badReview(dueInMs: number, replied = false) {
    const kase = await createCaseLike(db, SS_CASE, {
      businessNumber: `DS${Date.now()}${++n}`,
      status: 'COMPLETED',
      completedAt: parseCst('2026-06-20 09:00:00'),
    });
    const evaluation = await db.evaluation.create({
      data: {
        caseId: kase.id,
        evaluatorId: kase.applicantId,
        level: 'VERY_DISSATISFIED',
        comment: '办理太慢',
        channel: 'PC',
        submittedAt: parseCst('2026-06-21 09:00:00'),
        replyDueAt: new Date(NOW.getTime() + dueInMs),
      },
    });
    if (replied) {
      await db.evaluationReply.create({
        data: {
          evaluationId: evaluation.id,
          kind: 'REPLY',
          authorId: (await db.user.findUniqueOrThrow({ where: { idNumberHash: piiLookupHash(CLERK) } })).id,
          body: '已整改',
          createdAt: NOW,
        },
      });
    }
    return evaluation;
  }

  const eventsOf = (evaluationId: string) =>
    db.outboxEvent.findMany({
      where: {
        type: EVALUATION_DEADLINE_EVENTS.replyDueSoon,
        payload: { path: ['evaluationId'], equals: evaluationId },
      },
    });

  it('announces an unanswered bad review once when its reply falls due soon, and no other', async () => {
    const soon = await badReview(DUE_SOON_MS - 60_000);
    const atTheEdge = await badReview(DUE_SOON_MS);
    const later = await badReview(DUE_SOON_MS + 60_000);
    const answered = await badReview(60_000, true);
    const overdue = await badReview(-60_000);

    const first = await announceRepliesDueSoon(db, NOW);
    const again = await announceRepliesDueSoon(db, NOW);

    expect(first.announced).toBeGreaterThanOrEqual(2);
    expect(again.announced).toBe(0);
    const [soonEvents, edgeEvents] = [await eventsOf(soon.id), await eventsOf(atTheEdge.id)];
    expect(soonEvents).toHaveLength(1);
    expect(soonEvents[0]!.payload).toEqual({
      evaluationId: soon.id,
      caseId: soon.caseId,
      replyDueAt: soon.replyDueAt!.toISOString(),
    });
    expect(soonEvents[0]!.aggregate).toBe(soon.caseId);
    expect(edgeEvents).toHaveLength(1);
    for (const quiet of [later, answered, overdue]) expect(await eventsOf(quiet.id)).toEqual([]);
    expect(
      await db.evaluationReplyDueNotice.count({
        where: { evaluationId: { in: [later.id, answered.id, overdue.id] } },
      }),
    ).toBe(0);
  });

  it('announces nothing twice when two workers run at once', async () => {
    const due = await badReview(3_600_000);
    const runs = await Promise.all([announceRepliesDueSoon(db, NOW), announceRepliesDueSoon(db, NOW)]);
    expect(runs.reduce((sum, run) => sum + run.announced, 0)).toBeGreaterThanOrEqual(1);
    expect(await eventsOf(due.id)).toHaveLength(1);
    expect(await db.evaluationReplyDueNotice.count({ where: { evaluationId: due.id } })).toBe(1);
  });
});
