// The floor: what the hot pages cost when written by hand — node:http, pg, named prepared statements, the same
// session-token decryption, user check and budget charge as the API. Not a product: no GraphQL; it answers the
// web's persisted operations by their hash, reading the variables the pages send — 我的办件 and the department
// workbench (MyCases, DepartmentCases) with the API's very JSON, the other hot pages with their rows
// (floor/dashboard.ts, floor/pages.ts).
import http from 'node:http';
import { createHash, createSecretKey, hkdfSync } from 'node:crypto';
import pg from 'pg';
import { jwtDecrypt } from 'jose';
import { encodeCursor, decodeCursor, toGlobalId } from '../../src/lib/global-id.ts';
import { toIsoCst } from '../../src/lib/natural-days.ts';
import { CASE_LISTS, LIST_OF_STATUS, statusesOfList } from '../../src/case/case-lists.ts';
import type { CaseList } from '../../src/generated/graphql.ts';
import type { CaseStatus } from '../../src/generated/prisma/client.ts';
import { FORM_OF_ITEM } from '../../src/application/application-form.ts';
import { evaluationClosesAt } from '../../src/evaluation/evaluation-rules.ts';
import { persistedOperations } from '../scenarios.ts';
import { dashboardRows, type DashboardVariables } from './dashboard.ts';
import { caseDetailRows, evaluationFigureRows, evaluationTaskRows, licenseRows } from './pages.ts';

const operations = persistedOperations();
const HASH = {
  myCases: operations.get('MyCases')!.hash,
  departmentCases: operations.get('DepartmentCases')!.hash,
};
/**
 * The pages the floor answers with their rows (floor/dashboard.ts, floor/pages.ts), each by operation name;
 * a null answer means the caller may not read it.
 */
const ROWS_FLOORS: Record<string, (user: Row, v: Record<string, unknown>) => Promise<unknown>> = {
  DashboardPage: (user, v) => dashboardRows(query, user, v as DashboardVariables),
  CaseDetailPage: (user, v) => caseDetailRows(query, user, v as { id?: string }),
  DepartmentEvaluationTasks: (user, v) => evaluationTaskRows(query, user, v as { state?: string }),
  EvaluationFiguresPage: (user, v) => evaluationFigureRows(query, user, v as { from?: string }),
  MyLicensesPage: (user) => licenseRows(query, user),
};
const ROWS_FLOOR_OF_HASH = new Map(
  Object.keys(ROWS_FLOORS).map((operation) => [operations.get(operation)!.hash, operation]),
);
/** What the floor charges a page it answers with rows: one point (the API charges by its cost analysis; not compared). */
const ROWS_COST = 1;

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DB_POOL_SIZE ?? 10),
});
// next-auth 4's token key (HKDF-SHA256 of the secret), derived once as a hand-written server would.
const tokenKey = createSecretKey(
  Buffer.from(
    hkdfSync('sha256', process.env.NEXTAUTH_SECRET!, '', 'NextAuth.js Generated Encryption Key', 32),
  ),
);

interface Item {
  name: string;
  code: string;
}

/** Department and service-item names, reread every minute (they change only by migration or an admin). */
const names = { items: new Map<string, Item>(), departments: new Map<string, string>(), at: -Infinity };
async function namesNow() {
  if (Date.now() - names.at >= 60_000) {
    const [items, departments] = await Promise.all([
      pool.query('SELECT id, name, code FROM service_items'),
      pool.query('SELECT id, name FROM departments'),
    ]);
    names.items = new Map(
      items.rows.map((row) => [row.id as string, { name: row.name as string, code: row.code as string }]),
    );
    names.departments = new Map(departments.rows.map((row) => [row.id as string, row.name as string]));
    names.at = Date.now();
  }
  return names;
}

interface Variables {
  list?: CaseList | null;
  status?: CaseStatus | null;
  keyword?: string | null;
  first?: number | null;
  after?: string | null;
}

type Row = Record<string, unknown>;

/** Statements since the last request began: read by the runner, which sends its checks one at a time. */
let statements = 0;

function query(text: string, values: unknown[]): Promise<pg.QueryResult<Row>> {
  statements += 1;
  const name = `f${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
  return pool.query({ name, text, values });
}

const IDLE_MS = { citizen: 30 * 60_000, staff: 15 * 60_000 };
const TOUCH_EVERY_MS = 60_000;
const HOUR_MS = 3_600_000;
const USER_POINTS_PER_HOUR = Number(process.env.RATE_LIMIT_USER_POINTS ?? 5_000);

/** The API's session check by hand: the token, the server-side session joined with its user, idle and lifetime. */
async function principal(token: string | undefined): Promise<Row | null> {
  if (!token) return null;
  const payload = await jwtDecrypt(token, tokenKey, { clockTolerance: 15 })
    .then((result) => result.payload)
    .catch(() => null);
  if (!payload?.sub || typeof payload.sid !== 'string') return null;
  if (typeof payload.exp === 'number' && payload.exp * 1000 < Date.now()) return null;
  const { rows } = await query(
    `SELECT s.user_id, s.last_seen_at, s.expires_at, s.revoked_at,
            u.id, u.is_active, u.roles::text[] AS roles, u.department_id, u.id_number_hash,
            u.real_name_level::text AS real_name_level
       FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1::uuid`,
    [payload.sid],
  );
  const row = rows[0];
  const now = Date.now();
  if (!row || row.user_id !== payload.sub || row.revoked_at || !row.is_active) return null;
  if (now >= (row.expires_at as Date).getTime()) return null;
  const idleFor = now - (row.last_seen_at as Date).getTime();
  const isStaff = (row.roles as string[]).some((role) => role !== 'CITIZEN');
  if (idleFor >= (isStaff ? IDLE_MS.staff : IDLE_MS.citizen)) return null;
  if (idleFor >= TOUCH_EVERY_MS)
    await query('UPDATE sessions SET last_seen_at = $1 WHERE id = $2 AND last_seen_at = $3', [
      new Date(now),
      payload.sid,
      row.last_seen_at,
    ]);
  return row;
}

/**
 * The API's hourly query budget by hand: the same counter row, charged atomically within the limit; the answer's
 * `extensions.cost` as the API writes it (limits/rate-limit-plugin.ts), or null when the budget is spent.
 */
async function charge(userId: unknown, cost: number): Promise<{ cost: Record<string, unknown> } | null> {
  const start = Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
  const { rows } = await query(
    `INSERT INTO abuse_counters (key, window_start, count, expires_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (key, window_start) DO UPDATE SET count = abuse_counters.count + EXCLUDED.count
       WHERE abuse_counters.count + EXCLUDED.count <= $5
     RETURNING count`,
    [`cost:user:${userId}`, new Date(start), cost, new Date(start + HOUR_MS), USER_POINTS_PER_HOUR],
  );
  if (!rows.length) return null;
  return {
    cost: {
      requestedQueryCost: cost,
      limit: USER_POINTS_PER_HOUR,
      remaining: Math.max(0, USER_POINTS_PER_HOUR - Number(rows[0]!.count)),
      resetAt: new Date(start + HOUR_MS).toISOString(),
    },
  };
}

/**
 * What the API's cost analysis gives the web's two documents (checked by the runner against the API's
 * charge): 1 + first × (edge + node + its nested objects (3: item, department, evaluation; or 1: item) + pageInfo).
 */
const cost = (first: number, nested: number) => 1 + first * (1 + 1 + nested + 1);

/** WHERE pieces shared by the page and the counts; `values` grows with each parameter. */
function filters(owner: 'applicant' | 'department', ownerId: unknown, v: Variables, values: unknown[]) {
  values.push(ownerId);
  const where = [
    owner === 'applicant' ? 'c.applicant_id = $1' : `c.department_id = $1 AND c.status <> 'DRAFT'`,
  ];
  const keyword = v.keyword?.trim();
  if (keyword) {
    values.push(keyword, `%${keyword.replace(/[\\%_]/g, '\\$&')}%`);
    where.push(`(c.business_number = $${values.length - 1} OR i.name ILIKE $${values.length})`);
  }
  return where;
}

async function caseList(owner: 'applicant' | 'department', ownerId: unknown, v: Variables) {
  const size = v.first ?? 20;
  const countValues: unknown[] = [];
  const countWhere = filters(owner, ownerId, v, countValues);
  const join = v.keyword?.trim() ? 'JOIN service_items i ON i.id = c.item_id' : '';
  const pageJoin = join;
  // a department's counts without a keyword: its status rollup rows, as the API reads them
  const [from, counted] =
    owner === 'department' && !join
      ? ['case_status_rollups c', 'sum(c.count)::int']
      : [`cases c ${join}`, 'count(*)::int'];
  const counts = query(
    `SELECT c.status::text AS status, ${counted} AS n FROM ${from} WHERE ${countWhere.join(' AND ')} GROUP BY c.status`,
    countValues,
  );

  const values: unknown[] = [];
  const where = filters(owner, ownerId, v, values);
  const statuses = v.list ? statusesOfList(v.list) : v.status ? [v.status] : null;
  if (statuses) {
    values.push(statuses);
    where.push(`c.status = ANY($${values.length}::"CaseStatus"[])`);
  }
  if (v.after) {
    const [at, id] = decodeCursor(v.after) ?? [];
    values.push(id);
    if (at === '')
      where.push(`((c.applied_at IS NULL AND c.id < $${values.length}) OR c.applied_at IS NOT NULL)`);
    else {
      values.push(at);
      const [a, i] = [`$${values.length}`, `$${values.length - 1}`];
      where.push(`c.applied_at <= ${a} AND (c.applied_at < ${a} OR (c.applied_at = ${a} AND c.id < ${i}))`);
    }
  }
  const page = query(
    `SELECT c.id, c.business_number, c.applied_at, c.source::text AS source, c.status::text AS status,
            c.item_id, c.department_id, ${owner === 'department' ? 'u.name AS applicant_name' : 'c.completed_at, e.id AS evaluation_id'}
     FROM cases c ${pageJoin} ${owner === 'department' ? 'JOIN users u ON u.id = c.applicant_id' : 'LEFT JOIN evaluations e ON e.case_id = c.id'}
     WHERE ${where.join(' AND ')}
     ORDER BY c.applied_at DESC NULLS FIRST, c.id DESC LIMIT ${size + 1}`,
    values,
  );
  const [{ rows: countRows }, { rows }, { items, departments }] = await Promise.all([
    counts,
    page,
    namesNow(),
  ]);
  const byList = new Map<CaseList, number>(CASE_LISTS.map((list) => [list, 0]));
  let totalCount = 0;
  for (const row of countRows) {
    const status = row.status as CaseStatus;
    byList.set(LIST_OF_STATUS[status], byList.get(LIST_OF_STATUS[status])! + (row.n as number));
    if (!statuses || statuses.includes(status)) totalCount += row.n as number;
  }
  const nodes = rows.slice(0, size).map((row): Row => ({
    ...row,
    cursor: encodeCursor([row.applied_at ? (row.applied_at as Date).toISOString() : '', row.id as string]),
    item: items.get(row.item_id as string),
    department_name: departments.get(row.department_id as string),
  }));
  return {
    totalCount,
    listCounts: CASE_LISTS.map((list) => ({ list, count: byList.get(list)! })),
    pageInfo: {
      hasNextPage: rows.length > size,
      endCursor: (nodes.at(-1)?.cursor as string | undefined) ?? null,
    },
    nodes,
  };
}

interface Body {
  variables?: Variables & Record<string, unknown>;
  extensions?: { persistedQuery?: { sha256Hash?: string } };
}

async function answer(body: Body, token: string | undefined) {
  const hash = body.extensions?.persistedQuery?.sha256Hash;
  const rowsFloor = hash ? ROWS_FLOOR_OF_HASH.get(hash) : undefined;
  if (hash !== HASH.myCases && hash !== HASH.departmentCases && !rowsFloor)
    return { errors: [{ message: 'unknown document', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] };
  const user = await principal(token);
  if (!user) return { errors: [{ message: 'unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] };
  const v = body.variables ?? {};
  if (rowsFloor) {
    const extensions = await charge(user.id, ROWS_COST);
    if (!extensions) return { errors: [{ message: 'rate limited', extensions: { code: 'RATE_LIMITED' } }] };
    const rows = await ROWS_FLOORS[rowsFloor]!(user, v);
    return rows
      ? { data: { rows }, extensions }
      : { errors: [{ message: 'forbidden', extensions: { code: 'FORBIDDEN' } }] };
  }
  const isDepartment = hash === HASH.departmentCases;
  const extensions = await charge(user.id, cost(v.first ?? 20, isDepartment ? 1 : 3));
  if (!extensions) return { errors: [{ message: 'rate limited', extensions: { code: 'RATE_LIMITED' } }] };
  const appliedAt = (row: Row) => (row.applied_at ? toIsoCst(row.applied_at as Date) : null);
  const item = (row: Row) => row.item as Item;
  if (isDepartment) {
    const { nodes, totalCount, pageInfo } = await caseList('department', user.department_id, v);
    return {
      data: {
        departmentCases: {
          edges: nodes.map((row) => ({
            cursor: row.cursor,
            node: {
              id: toGlobalId('Case', row.id as string),
              applicantName: row.applicant_name,
              appliedAt: appliedAt(row),
              businessNumber: row.business_number,
              item: { name: item(row).name },
              source: row.source,
              status: row.status,
            },
          })),
          pageInfo,
          totalCount,
        },
      },
      extensions,
    };
  }
  const { nodes, totalCount, pageInfo } = await caseList('applicant', user.id, v);
  const now = Date.now();
  return {
    data: {
      myCases: {
        edges: nodes.map((row) => ({
          cursor: row.cursor,
          node: {
            id: toGlobalId('Case', row.id as string),
            appliedAt: appliedAt(row),
            businessNumber: row.business_number,
            // the applicant's own list: evaluable when completed, within the window and not yet evaluated
            canEvaluate:
              row.status === 'COMPLETED' &&
              row.completed_at !== null &&
              now < evaluationClosesAt(row.completed_at as Date).getTime() &&
              row.evaluation_id === null,
            department: { name: row.department_name },
            evaluation: row.evaluation_id
              ? { id: toGlobalId('Evaluation', row.evaluation_id as string) }
              : null,
            item: {
              applicationForm: FORM_OF_ITEM[item(row).code] ?? null,
              id: toGlobalId('ServiceItem', row.item_id as string),
              name: item(row).name,
            },
            source: row.source,
            status: row.status,
          },
        })),
        pageInfo,
        totalCount,
      },
    },
    extensions,
  };
}

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const token = request.headers['x-session-token'];
    statements = 0;
    answer(JSON.parse(Buffer.concat(chunks).toString('utf8')), typeof token === 'string' ? token : undefined)
      .then((result) => {
        response.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'x-floor-statements': String(statements),
        });
        response.end(JSON.stringify(result));
      })
      .catch((error: unknown) => {
        console.error(error);
        response.writeHead(500).end();
      });
  });
});
server.listen(Number(process.env.FLOOR_PORT ?? 4100), '127.0.0.1', () => console.log('floor ready'));
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => server.close(() => void pool.end().then(() => process.exit(0))));
