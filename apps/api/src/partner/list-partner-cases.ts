import type { Context } from '../context.ts';
import type { Case, CaseSource, CaseStatus } from '../generated/prisma/client.ts';
import { hotQuery } from '../db/prisma.ts';
import { pageSize, toPage, type Page } from '../lib/connection.ts';
import { CASE_COLUMNS, whereOf } from '../case/index.ts';
import { DAY_MS, startOfCstDay } from '../case/index.ts';
import { partnerPolicy } from './partner-policy.ts';
import { WATERMARK_SQL, changeCursor, parseChangeCursor } from './change-sequence.ts';

export interface ListPartnerCasesInput {
  statuses?: readonly CaseStatus[] | null;
  itemId?: string | null;
  source?: CaseSource | null;
  /** CST calendar days, inclusive */
  appliedFrom?: string | null;
  appliedTo?: string | null;
  updatedSince?: Date | null;
  updatedBefore?: Date | null;
  first?: number | null;
  after?: string | null;
}

/**
 * `cases` for a partner client with cases:read: its own department's submitted cases, oldest change first,
 * in the commit-safe change order of change-sequence.ts (drafts are their applicant's alone).
 */
export async function listPartnerCases(ctx: Context, input: ListPartnerCasesInput): Promise<Page<Case>> {
  const { client } = partnerPolicy.requireClient(ctx.principal, 'partner.listCases');
  const size = pageSize(input.first);
  const where = whereOf({
    owner: { departmentId: client.departmentId },
    excludeDrafts: true,
    itemId: input.itemId,
    source: input.source,
    appliedFrom: input.appliedFrom ? startOfCstDay(input.appliedFrom) : null,
    appliedBefore: input.appliedTo ? new Date(startOfCstDay(input.appliedTo).getTime() + DAY_MS) : null,
  });
  if (input.statuses?.length) where.add(`c.status = ANY(${where.param(input.statuses)}::"CaseStatus"[])`);
  if (input.updatedSince) where.add(`c.updated_at >= ${where.param(input.updatedSince)}`);
  if (input.updatedBefore) where.add(`c.updated_at < ${where.param(input.updatedBefore)}`);
  if (input.after) {
    const after = parseChangeCursor(input.after);
    where.add(
      `(c.change_xid, c.id) > (${where.param(after.changeXid.toString())}::bigint, ${where.param(after.id)}::uuid)`,
    );
  }
  where.add(`c.change_xid < ${WATERMARK_SQL}`);
  const rows = await hotQuery<Case>(
    ctx.db,
    `SELECT ${CASE_COLUMNS} FROM cases c WHERE ${where.sql()}
     ORDER BY c.change_xid, c.id LIMIT ${where.param(size + 1)}`,
    where.values,
  );
  return toPage(rows, size, Boolean(input.after), changeCursor);
}
