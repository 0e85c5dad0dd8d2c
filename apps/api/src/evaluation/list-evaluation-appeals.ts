import type { Context } from '../context.ts';
import type { AppealStatus, EvaluationAppeal, Prisma } from '../generated/prisma/client.ts';
import { evaluationPolicy } from './evaluation-policy.ts';
import { decodeTimeIdCursor, encodeTimeIdCursor } from '../lib/keyset-cursor.ts';
import { pageSize, toPage } from '../lib/connection.ts';

/** Appeals for the supervisor (好差评管理员), oldest first. */
export async function listEvaluationAppeals(
  ctx: Context,
  input: { status?: AppealStatus | null; first?: number | null; after?: string | null },
) {
  evaluationPolicy.requireUser(ctx.principal, 'evaluation.listAppeals');
  const size = pageSize(input.first);
  const where: Prisma.EvaluationAppealWhereInput = input.status ? { status: input.status } : {};
  const [rows, totalCount] = await Promise.all([
    ctx.db.evaluationAppeal.findMany({
      where: { AND: [where, input.after ? afterCursor(input.after) : {}] },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: size + 1,
    }),
    ctx.db.evaluationAppeal.count({ where }),
  ]);
  return { ...toPage(rows, size, Boolean(input.after), cursorOf), totalCount };
}

const cursorOf = (row: EvaluationAppeal) => encodeTimeIdCursor({ at: row.createdAt, id: row.id });

function afterCursor(cursor: string): Prisma.EvaluationAppealWhereInput {
  const { at, id } = decodeTimeIdCursor(cursor);
  return { OR: [{ createdAt: { gt: at } }, { createdAt: at, id: { gt: id } }] };
}
