import type { Context } from '../context.ts';
import type { Prisma, Question } from '../generated/prisma/client.ts';
import type { PrincipalUser } from '../auth/principal.ts';
import { keysetWhere, pageOf } from '../lib/keyset-cursor.ts';
import { NO_ROW_ID } from '../lib/payload.ts';
import { questionPolicy } from './question-policy.ts';
import { questionStateWhere, type questionStateAt } from './question-rules.ts';

type State = ReturnType<typeof questionStateAt>;
const STATES: readonly State[] = ['PENDING', 'OVERDUE', 'ANSWERED'];

function page(
  ctx: Context,
  where: Prisma.QuestionWhereInput,
  args: { first?: number | null; after?: string | null },
) {
  return pageOf<Question>(
    args,
    (row) => row.createdAt,
    (take) =>
      ctx.db.question.findMany({
        where: { ...where, ...keysetWhere(args.after, 'createdAt') },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take,
      }),
    () => ctx.db.question.count({ where }),
  );
}

/** 我的互动 → 咨询投诉: the user's own questions and complaints, newest first; nobody else's. */
export function listMyQuestions(
  ctx: Context,
  user: PrincipalUser,
  args: { first?: number | null; after?: string | null },
) {
  const owner = questionPolicy.allows(ctx.principal, 'question.read', { ownerId: user.id })
    ? user.id
    : NO_ROW_ID;
  return page(ctx, { userId: owner }, args);
}

/**
 * The workbench's 咨询投诉: the caller's department's questions in one state (待答复, 已超期, 已答复) at the
 * request's instant, newest first, with the count of each state.
 */
export async function listDepartmentQuestions(
  ctx: Context,
  args: { state: State; first?: number | null; after?: string | null },
) {
  const { user } = questionPolicy.requireUser(ctx.principal, 'question.listDepartment');
  const departmentId = user.departmentId ?? NO_ROW_ID;
  const now = ctx.clock.now();
  const [connection, counts] = await Promise.all([
    page(ctx, { departmentId, ...questionStateWhere(args.state, now) }, args),
    Promise.all(
      STATES.map(async (state) => ({
        state,
        count: await ctx.db.question.count({ where: { departmentId, ...questionStateWhere(state, now) } }),
      })),
    ),
  ]);
  return { ...connection, stateCounts: counts };
}
