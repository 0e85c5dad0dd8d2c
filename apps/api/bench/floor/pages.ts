// The floor of the four hot pages the floor does not answer with the API's JSON: case detail, the evaluation
// queue, 评价统计 and 我的证照. Each runs by hand the database work the page needs — the rows, counts and names
// the API reads for it, batched as a hand-written server would — and returns the rows as they come, without
// GraphQL's shaping. The runner checks each answer's key figures against the API's (pageChecks in run.ts).
import type pg from 'pg';
import { fromGlobalId } from '../../src/lib/global-id.ts';
import { DUE_SOON_MS } from '../../src/evaluation/evaluation-rules.ts';
import { naturalDayDeadline, parseCst } from '../../src/lib/natural-days.ts';
import { meetsLevel } from '../../src/account/index.ts';

type Row = Record<string, unknown>;
type Query = (text: string, values: unknown[]) => Promise<pg.QueryResult<Row>>;

/** 李华's case: the case with its applicant, timeline (with actors), materials and evaluation. */
export async function caseDetailRows(query: Query, user: Row, v: { id?: string }) {
  const parts = v.id ? fromGlobalId(v.id) : null;
  if (parts?.type !== 'Case') return null;
  const id = parts.id;
  const [{ rows: cases }, { rows: timeline }, { rows: materials }, { rows: evaluations }] = await Promise.all(
    [
      query(
        `SELECT c.*, u.name AS applicant_name FROM cases c JOIN users u ON u.id = c.applicant_id WHERE c.id = $1`,
        [id],
      ),
      query(
        `SELECT e.from_status, e.to_status, e.reason, e.details, e.occurred_at, coalesce(u.name, k.name) AS actor_name
         FROM case_events e LEFT JOIN users u ON u.id = e.actor_user_id LEFT JOIN api_clients k ON k.id = e.actor_client_id
        WHERE e.case_id = $1 ORDER BY e.occurred_at, e.id`,
        [id],
      ),
      query(`SELECT * FROM case_materials WHERE case_id = $1 ORDER BY created_at`, [id]),
      query(`SELECT id FROM evaluations WHERE case_id = $1`, [id]),
    ],
  );
  const kase = cases[0];
  // the citizen's own case only (the API's case.view for an applicant)
  if (!kase || kase.applicant_id !== user.id) return null;
  return { case: kase, timeline, materials, evaluation: evaluations[0] ?? null };
}

/** 差评回复, one tab: the page of the department's bad reviews, the tab counts in one GROUP BY, their replies. */
export async function evaluationTaskRows(query: Query, user: Row, v: { state?: string; first?: number }) {
  if (!(user.roles as string[]).includes('DEPARTMENT_STAFF') || !user.department_id) return null;
  const now = new Date();
  const soon = new Date(now.getTime() + DUE_SOON_MS);
  const state = `CASE WHEN EXISTS (SELECT 1 FROM evaluation_replies r WHERE r.evaluation_id = e.id AND r.kind = 'REPLY') THEN 'REPLIED'
                      WHEN e.reply_due_at <= $2 THEN 'OVERDUE' WHEN e.reply_due_at <= $3 THEN 'DUE_SOON' ELSE 'PENDING' END`;
  const own = `FROM evaluations e WHERE e.department_id = $1 AND e.reply_due_at IS NOT NULL`;
  const size = v.first ?? 20;
  const [{ rows: rowsAndOne }, { rows: counts }] = await Promise.all([
    query(
      `SELECT t.*, c.business_number, c.item_id
         FROM (SELECT e.id, e.level, e.comment, e.reply_due_at, e.submitted_at, e.case_id, ${state} AS state ${own}) t
         JOIN cases c ON c.id = t.case_id
        WHERE state = $4 ORDER BY reply_due_at, id LIMIT $5`,
      [user.department_id, now, soon, v.state ?? 'PENDING', size + 1],
    ),
    query(`SELECT ${state} AS state, count(*)::int AS n ${own} GROUP BY 1`, [user.department_id, now, soon]),
  ]);
  const page = rowsAndOne.slice(0, size);
  const { rows: replies } = await query(
    `SELECT evaluation_id, created_at FROM evaluation_replies WHERE kind = 'REPLY' AND evaluation_id = ANY($1::uuid[])`,
    [page.map((row) => row.id)],
  );
  return { page, hasNextPage: rowsAndOne.length > size, counts, replies };
}

/** 评价统计 over CST days: the national figures, overall and per department, in one aggregate. */
export async function evaluationFigureRows(query: Query, user: Row, v: { from?: string; to?: string }) {
  if (!(user.roles as string[]).some((role) => role === 'SUPERVISOR' || role === 'ADMIN')) return null;
  const from = v.from ? parseCst(`${v.from} 00:00:00`) : null;
  const to = v.to ? naturalDayDeadline(parseCst(`${v.to} 00:00:00`), 0) : null;
  const { rows } = await query(
    `WITH ev AS (
       SELECT e.level, e.is_default, e.reply_due_at, c.department_id, r.created_at AS replied_at,
              (a.status IS NOT DISTINCT FROM 'UPHELD') AS excluded
         FROM evaluations e JOIN cases c ON c.id = e.case_id
         LEFT JOIN evaluation_replies r ON r.evaluation_id = e.id AND r.kind = 'REPLY'
         LEFT JOIN evaluation_appeals a ON a.evaluation_id = e.id
        WHERE ($1::timestamptz IS NULL OR e.submitted_at >= $1) AND ($2::timestamptz IS NULL OR e.submitted_at < $2))
     SELECT department_id, GROUPING(department_id) AS is_total,
            count(*) FILTER (WHERE NOT excluded) AS total,
            count(*) FILTER (WHERE NOT excluded AND NOT is_default) AS active,
            count(*) FILTER (WHERE NOT excluded AND is_default) AS defaults,
            count(*) FILTER (WHERE NOT excluded AND level IN ('VERY_SATISFIED', 'SATISFIED')) AS good,
            count(*) FILTER (WHERE NOT excluded AND level IN ('DISSATISFIED', 'VERY_DISSATISFIED')) AS dissatisfied,
            count(*) FILTER (WHERE NOT excluded AND reply_due_at IS NOT NULL) AS bad,
            count(*) FILTER (WHERE NOT excluded AND reply_due_at IS NOT NULL AND replied_at IS NOT NULL) AS replied,
            count(*) FILTER (WHERE NOT excluded AND replied_at < reply_due_at) AS replied_on_time,
            count(*) FILTER (WHERE NOT excluded AND (replied_at >= reply_due_at
              OR (replied_at IS NULL AND reply_due_at <= $3))) AS overdue,
            count(*) FILTER (WHERE excluded) AS excluded
       FROM ev GROUP BY GROUPING SETS ((department_id), ())`,
    [from, to, new Date()],
  );
  return { rows };
}

/**
 * 我的证照: the caller's licenses (legal representative at 实名 level, administrator, or the firm of an approved
 * link), then for all of them at once their administrators, their first 100 grants and access-log entries (with
 * the names and cases they show) and both totals.
 */
export async function licenseRows(query: Query, user: Row) {
  const { rows: links } = await query(
    `SELECT credit_code FROM firm_links WHERE user_id = $1 AND status = 'APPROVED' LIMIT 1`,
    [user.id],
  );
  const asLegalRep = user.id_number_hash && meetsLevel(user.real_name_level as never, 'REAL_NAME');
  const { rows: licenses } = await query(
    `SELECT l.* FROM licenses l
      WHERE ($2::text IS NOT NULL AND l.legal_rep_id_hash = $2)
         OR EXISTS (SELECT 1 FROM license_administrators a WHERE a.license_id = l.id AND a.user_id = $1)
         OR ($3::text IS NOT NULL AND l.holder_credit_code = $3)
      ORDER BY l.issued_at DESC, l.id DESC`,
    [user.id, asLegalRep ? user.id_number_hash : null, links[0]?.credit_code ?? null],
  );
  const ids = licenses.map((license) => license.id);
  const firstOf = (table: string, select: string, joins: string, order: string) =>
    query(
      `SELECT * FROM (SELECT ${select}, row_number() OVER (PARTITION BY t.license_id ORDER BY ${order}) AS n
                        FROM ${table} t ${joins} WHERE t.license_id = ANY($1::uuid[])) x WHERE n <= 100`,
      [ids],
    );
  const totals = (table: string) =>
    query(
      `SELECT license_id, count(*)::int AS n FROM ${table} WHERE license_id = ANY($1::uuid[]) GROUP BY 1`,
      [ids],
    );
  const [administrators, grants, grantTotals, accesses, accessTotals] = await Promise.all([
    query(
      `SELECT a.*, u.name, u.id_number_masked FROM license_administrators a JOIN users u ON u.id = a.user_id
        WHERE a.license_id = ANY($1::uuid[]) ORDER BY a.appointed_at`,
      [ids],
    ),
    firstOf(
      'license_grants',
      't.*, u.name AS created_by_name',
      'JOIN users u ON u.id = t.created_by_id',
      't.created_at DESC, t.id DESC',
    ),
    totals('license_grants'),
    firstOf(
      'license_access_logs',
      't.*, u.name AS accessor_name, u.id_number_masked, c.business_number, c.item_id',
      'LEFT JOIN users u ON u.id = t.user_id LEFT JOIN cases c ON c.id = t.case_id',
      't.occurred_at DESC, t.id DESC',
    ),
    totals('license_access_logs'),
  ]);
  return {
    licenses,
    administrators: administrators.rows,
    grants: grants.rows,
    grantTotals: grantTotals.rows,
    accesses: accesses.rows,
    accessTotals: accessTotals.rows,
  };
}
