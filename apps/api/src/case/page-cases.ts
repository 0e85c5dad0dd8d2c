import { hotQuery, type Db } from '../db/prisma.ts';
import type { Case, CaseSource, CaseStatus, Evaluation } from '../generated/prisma/client.ts';
import { decodeTimeIdCursor, encodeTimeIdCursor } from '../lib/keyset-cursor.ts';
import { pageSize, toPage, type Page } from '../lib/connection.ts';
import type { CaseList } from '../generated/graphql.ts';
import { CASE_LISTS, LIST_OF_STATUS } from './case-lists.ts';
import type { Principal } from '../auth/principal.ts';
import { casePolicy, type CasePermission } from './case-policy.ts';

const CASE_OWNER_COLUMNS = { owner: 'c.applicant_id', department: 'c.department_id' };

/**
 * Which cases a list shows; every field narrows it. `owner` is always given: the cases a principal's
 * permission reaches (the policy's SQL filter), or one applicant's or department's.
 */
export interface CaseFilter {
  owner:
    { reader: Principal; permission: CasePermission } | { applicantId: string } | { departmentId: string };
  excludeDrafts?: boolean;
  itemId?: string | null;
  source?: CaseSource | null;
  appliedFrom?: Date | null;
  appliedBefore?: Date | null;
  /** the business number exactly, or part of the item's name */
  keyword?: string | null;
}

/** Every column of `cases` under the model's field name, so a row is a `Case` (checked by page-cases.test.ts). */
export const CASE_COLUMNS = `c.id, c.business_number AS "businessNumber", c.source, c.origin_system AS "originSystem",
  c.applicant_id AS "applicantId", c.item_id AS "itemId", c.department_id AS "departmentId", c.status,
  c.applied_at AS "appliedAt", c.accepted_at AS "acceptedAt", c.completed_at AS "completedAt",
  c.status_changed_at AS "statusChangedAt", c.commitment_due_at AS "commitmentDueAt",
  c.result_summary AS "resultSummary", c.delivery_method AS "deliveryMethod", c.tracking_number AS "trackingNumber",
  c.recorded_by_id AS "recordedById", c.api_client_id AS "apiClientId", c.version,
  c.application_data AS "applicationData", c.created_at AS "createdAt", c.updated_at AS "updatedAt",
  c.change_xid AS "changeXid"`;

/** Every column of `evaluations`, prefixed `evaluation.` (split off by `withEvaluations`). */
const EVALUATION_COLUMNS = `e.id AS "evaluation.id", e.case_id AS "evaluation.caseId",
  e.evaluator_id AS "evaluation.evaluatorId", e.level AS "evaluation.level", e.comment AS "evaluation.comment",
  e.channel AS "evaluation.channel", e.is_default AS "evaluation.isDefault",
  e.dimension_scores AS "evaluation.dimensionScores", e.submitted_at AS "evaluation.submittedAt",
  e.reply_due_at AS "evaluation.replyDueAt", e.department_id AS "evaluation.departmentId",
  e.created_at AS "evaluation.createdAt"`;

/** A case of the page with its evaluation (null when it has none), when asked for with `withEvaluations`. */
export type CaseWithEvaluation = Case & { evaluation?: Evaluation | null };

/**
 * One page of cases: drafts (not yet applied) first, then newest application first. Keyset paging on
 * (applied_at DESC NULLS FIRST, id DESC) — PostgreSQL's own order for a DESC index, so the
 * (applicant_id, applied_at DESC, id DESC) and (department_id, …) indexes serve every page without sorting.
 */
export async function pageCases(
  db: Db,
  filter: CaseFilter,
  statuses: readonly CaseStatus[] | null,
  args: { first?: number | null; after?: string | null },
  options: { withEvaluations?: boolean } = {},
): Promise<Page<CaseWithEvaluation>> {
  const size = pageSize(args.first);
  const where = whereOf(filter);
  if (statuses) where.add(`c.status = ANY(${where.param(statuses)}::"CaseStatus"[])`);
  if (args.after) afterCursor(where, args.after);
  // 我的办件 shows each case's evaluation (评价 / 查看评价): read in the same statement, one index probe a row.
  const evaluations = options.withEvaluations
    ? { columns: `, ${EVALUATION_COLUMNS}`, join: 'LEFT JOIN evaluations e ON e.case_id = c.id' }
    : { columns: '', join: '' };
  const rows = await hotQuery<Case>(
    db,
    `SELECT ${CASE_COLUMNS}${evaluations.columns} FROM cases c ${evaluations.join} WHERE ${where.sql()}
     ORDER BY c.applied_at DESC NULLS FIRST, c.id DESC LIMIT ${where.param(size + 1)}`,
    where.values,
  );
  return toPage(
    options.withEvaluations ? rows.map(splitEvaluation) : rows,
    size,
    Boolean(args.after),
    cursorOf,
  );
}

/** Moves the `evaluation.` columns of a row into its `evaluation` (null when the LEFT JOIN found none). */
function splitEvaluation(row: Record<string, unknown>): CaseWithEvaluation {
  const kase: Record<string, unknown> = {};
  const evaluation: Record<string, unknown> = {};
  for (const key in row) {
    if (key.startsWith('evaluation.')) evaluation[key.slice(11)] = row[key];
    else kase[key] = row[key];
  }
  kase.evaluation = evaluation.id === null ? null : evaluation;
  return kase as CaseWithEvaluation;
}

export interface CaseCounts {
  /** cases matching the filters in each list of 我的办件 */
  listCounts: { list: CaseList; count: number }[];
  /** cases matching the filters and, if given, one of `statuses` (the page's own total) */
  totalCount: number;
}

/**
 * One GROUP BY status gives both the list counts and the page's total, so no separate COUNT runs.
 * `filter` holds the filters without the status; `statuses` is the status filter of the page, if any.
 */
export async function countCases(
  db: Db,
  filter: CaseFilter,
  statuses: readonly CaseStatus[] | null,
): Promise<CaseCounts> {
  const where = whereOf(filter);
  // A department's counts come from case_status_rollups (kept exact by the cases' triggers, in the writing
  // transaction), which has the columns such a filter names: no scan of the department's cases per request.
  const [from, counted] = fromStatusRollups(filter)
    ? ['case_status_rollups c', 'SUM(c.count)::int']
    : ['cases c', 'COUNT(*)::int'];
  const byStatus = await hotQuery<{ status: CaseStatus; count: number }>(
    db,
    `SELECT c.status, ${counted} AS count FROM ${from} WHERE ${where.sql()} GROUP BY c.status`,
    where.values,
  );
  const counts = new Map<CaseList, number>(CASE_LISTS.map((list) => [list, 0]));
  let totalCount = 0;
  for (const row of byStatus) {
    const list = LIST_OF_STATUS[row.status];
    counts.set(list, (counts.get(list) ?? 0) + row.count);
    if (!statuses || statuses.includes(row.status)) totalCount += row.count;
  }
  return { listCounts: CASE_LISTS.map((list) => ({ list, count: counts.get(list) ?? 0 })), totalCount };
}

/**
 * Whether the filter names only case_status_rollups' columns (department, item, source, status): a
 * department's cases (directly, or by a permission that reaches no applicant's own cases), no dates or keyword.
 */
function fromStatusRollups(filter: CaseFilter): boolean {
  const { owner } = filter;
  const department =
    'departmentId' in owner ||
    ('reader' in owner &&
      Object.values(casePolicy.grants[owner.permission]).every((reach) => reach !== 'own'));
  return department && !filter.appliedFrom && !filter.appliedBefore && !filter.keyword?.trim();
}

/** A WHERE clause with numbered parameters; the text depends only on which filters are present. */
export class Where {
  readonly values: unknown[] = [];
  private readonly parts: string[] = [];
  param(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
  add(part: string): void {
    this.parts.push(part);
  }
  sql(): string {
    return this.parts.join(' AND ');
  }
}

export function whereOf(filter: CaseFilter): Where {
  const where = new Where();
  if ('reader' in filter.owner) {
    const { reader, permission } = filter.owner;
    where.add(casePolicy.sqlFilter(reader, permission, CASE_OWNER_COLUMNS, (value) => where.param(value)));
  } else if ('applicantId' in filter.owner)
    where.add(`c.applicant_id = ${where.param(filter.owner.applicantId)}::uuid`);
  else where.add(`c.department_id = ${where.param(filter.owner.departmentId)}::uuid`);
  if (filter.excludeDrafts) where.add(`c.status <> 'DRAFT'`);
  if (filter.itemId) where.add(`c.item_id = ${where.param(filter.itemId)}::uuid`);
  if (filter.source) where.add(`c.source = ${where.param(filter.source)}::"CaseSource"`);
  if (filter.appliedFrom) where.add(`c.applied_at >= ${where.param(filter.appliedFrom)}`);
  if (filter.appliedBefore) where.add(`c.applied_at < ${where.param(filter.appliedBefore)}`);
  const keyword = filter.keyword?.trim();
  if (keyword) {
    const exact = where.param(keyword);
    const pattern = where.param(`%${keyword.replace(/[\\%_]/g, '\\$&')}%`);
    where.add(
      `(c.business_number = ${exact} OR c.item_id IN (SELECT i.id FROM service_items i WHERE i.name ILIKE ${pattern}))`,
    );
  }
  return where;
}

function cursorOf(row: Case): string {
  return encodeTimeIdCursor({ at: row.appliedAt, id: row.id });
}

function afterCursor(where: Where, cursor: string): void {
  // Drafts have no applied_at: they sort last, by id.
  const { at, id } = decodeTimeIdCursor(cursor, { nullTime: true });
  const afterId = `${where.param(id)}::uuid`;
  if (at === null) {
    where.add(`((c.applied_at IS NULL AND c.id < ${afterId}) OR c.applied_at IS NOT NULL)`);
    return;
  }
  // `<=` repeats what the OR implies so that PostgreSQL starts the index scan at the cursor instead of
  // filtering every row before it (a deep page would otherwise read all earlier rows from the heap).
  const afterAt = `${where.param(at)}::timestamptz`;
  where.add(
    `c.applied_at <= ${afterAt} AND (c.applied_at < ${afterAt} OR (c.applied_at = ${afterAt} AND c.id < ${afterId}))`,
  );
}
