import type { Context } from '../context.ts';
import type { Evaluation, EvaluationLevel } from '../generated/prisma/client.ts';
import { pageSize, toPage, type Page } from '../lib/connection.ts';
import { Where } from '../case/index.ts';
import { DAY_MS, startOfCstDay } from '../case/index.ts';
import { partnerPolicy } from './partner-policy.ts';
import { WATERMARK_SQL, changeCursor, parseChangeCursor } from './change-sequence.ts';

export interface ListPartnerEvaluationsInput {
  levels?: readonly EvaluationLevel[] | null;
  /** CST calendar days of submission, inclusive */
  submittedFrom?: string | null;
  submittedTo?: string | null;
  updatedSince?: Date | null;
  updatedBefore?: Date | null;
  first?: number | null;
  after?: string | null;
}

export type PartnerEvaluation = Evaluation & { changeXid: bigint };

/**
 * `evaluations` for a partner client with evaluations:read: its department's evaluations, ordered by the
 * last change of the evaluation or of what hangs on it (reply, 追评, appeal), commit-safe as in
 * change-sequence.ts.
 */
export async function listPartnerEvaluations(
  ctx: Context,
  input: ListPartnerEvaluationsInput,
): Promise<Page<PartnerEvaluation>> {
  const { client } = partnerPolicy.requireClient(ctx.principal, 'partner.listEvaluations');
  const size = pageSize(input.first);
  const where = new Where();
  where.add(`ch.department_id = ${where.param(client.departmentId)}::uuid`);
  if (input.levels?.length) where.add(`e.level = ANY(${where.param(input.levels)}::"EvaluationLevel"[])`);
  if (input.submittedFrom) where.add(`e.submitted_at >= ${where.param(startOfCstDay(input.submittedFrom))}`);
  if (input.submittedTo) {
    const before = new Date(startOfCstDay(input.submittedTo).getTime() + DAY_MS);
    where.add(`e.submitted_at < ${where.param(before)}`);
  }
  if (input.updatedSince) where.add(`ch.changed_at >= ${where.param(input.updatedSince)}`);
  if (input.updatedBefore) where.add(`ch.changed_at < ${where.param(input.updatedBefore)}`);
  if (input.after) {
    const after = parseChangeCursor(input.after);
    where.add(
      `(ch.change_xid, ch.evaluation_id) > (${where.param(after.changeXid.toString())}::bigint, ${where.param(after.id)}::uuid)`,
    );
  }
  where.add(`ch.change_xid < ${WATERMARK_SQL}`);
  const order = await ctx.db.$queryRawUnsafe<{ id: string; changeXid: bigint }[]>(
    `SELECT ch.evaluation_id AS id, ch.change_xid AS "changeXid"
       FROM evaluation_changes ch JOIN evaluations e ON e.id = ch.evaluation_id
      WHERE ${where.sql()} ORDER BY ch.change_xid, ch.evaluation_id LIMIT ${where.param(size + 1)}`,
    ...where.values,
  );
  const rows = await ctx.db.evaluation.findMany({ where: { id: { in: order.map((row) => row.id) } } });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const evaluations = order.map((row) => ({ ...byId.get(row.id)!, changeXid: BigInt(row.changeXid) }));
  return toPage(evaluations, size, Boolean(input.after), changeCursor);
}
