import type { Context } from '../context.ts';
import type { Evaluation, Prisma } from '../generated/prisma/client.ts';
import type { EvaluationReplyState } from '../generated/graphql.ts';
import { evaluationPolicy } from './evaluation-policy.ts';
import { decodeTimeIdCursor, encodeTimeIdCursor } from '../lib/keyset-cursor.ts';
import { pageSize, toPage } from '../lib/connection.ts';
import { DUE_SOON_MS } from './evaluation-rules.ts';

export const REPLY_STATES: EvaluationReplyState[] = ['PENDING', 'DUE_SOON', 'OVERDUE', 'REPLIED'];

/** The queue tab of a bad review, as a filter (the same partition as replyStateAt). */
export function replyStateWhere(state: EvaluationReplyState, now: Date): Prisma.EvaluationWhereInput {
  const soon = new Date(now.getTime() + DUE_SOON_MS);
  if (state === 'REPLIED') return { replies: { some: { kind: 'REPLY' } } };
  const unanswered = { replies: { none: { kind: 'REPLY' as const } } };
  if (state === 'OVERDUE') return { ...unanswered, replyDueAt: { lte: now } };
  if (state === 'DUE_SOON') return { ...unanswered, replyDueAt: { gt: now, lte: soon } };
  return { ...unanswered, replyDueAt: { gt: soon } };
}

/** 差评回复 queue: bad reviews of the clerk's own department, earliest deadline first. */
export async function listDepartmentEvaluationTasks(
  ctx: Context,
  input: { state?: EvaluationReplyState | null; first?: number | null; after?: string | null },
) {
  const { user } = evaluationPolicy.requireUser(ctx.principal, 'evaluation.listReplyTasks');
  const size = pageSize(input.first);
  const now = ctx.clock.now();
  // the evaluation's own department column (the case's, by trigger): read from one partial index
  const own: Prisma.EvaluationWhereInput = {
    replyDueAt: { not: null },
    departmentId: user.departmentId!,
  };
  const where = { AND: [own, input.state ? replyStateWhere(input.state, now) : {}] };
  const [rows, counts] = await Promise.all([
    ctx.db.evaluation.findMany({
      where: { AND: [where, input.after ? afterCursor(input.after) : {}] },
      orderBy: [{ replyDueAt: 'asc' }, { id: 'asc' }],
      take: size + 1,
    }),
    Promise.all(
      REPLY_STATES.map((state) =>
        ctx.db.evaluation.count({ where: { AND: [own, replyStateWhere(state, now)] } }),
      ),
    ),
  ]);
  // The tabs partition the queue, so the chosen tab's total (or all of them) is already counted.
  const totalCount = input.state
    ? counts[REPLY_STATES.indexOf(input.state)]!
    : counts.reduce((sum, count) => sum + count, 0);
  return {
    ...toPage(rows, size, Boolean(input.after), cursorOf),
    totalCount,
    stateCounts: REPLY_STATES.map((state, i) => ({ state, count: counts[i]! })),
  };
}

const cursorOf = (row: Evaluation) => encodeTimeIdCursor({ at: row.replyDueAt!, id: row.id });

function afterCursor(cursor: string): Prisma.EvaluationWhereInput {
  const { at, id } = decodeTimeIdCursor(cursor);
  return { OR: [{ replyDueAt: { gt: at } }, { replyDueAt: at, id: { gt: id } }] };
}
