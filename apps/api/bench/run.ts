// npm run bench: the API against a hand-written floor (bench/floor/server.ts) on a city-scale database.
// Not part of the test suite. Settings (environment): BENCH_CASES (1,000,000), BENCH_OWN_CASES (2,000),
// BENCH_CITIZENS (100,000), BENCH_DURATION seconds per run (8), BENCH_ROUNDS (4), BENCH_CONNECTIONS (16),
// BENCH_EVALUATION_CASES (50,000 finished yesterday, for the submit scenario), BENCH_CPU_PROF=<dir> writes a CPU
// profile of the single API process, BENCH_REUSE=1 keeps a database an earlier run loaded with the same sizes,
// BENCH_ONLY=<text> runs only the scenarios whose name contains it.
import { storageFromEnv } from '../src/storage/storage-config.ts';
import { uploadLimitsFromEnv } from '../src/application/upload-limits.ts';
import { createHash } from 'node:crypto';
import os from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { encode } from 'next-auth/jwt';
import { pino } from 'pino';
import { testServer, dropDatabase } from '../src/testing/test-database.ts';
import { createDatabaseIfMissing, migrateDeploy, withDatabase } from '../src/db/database.ts';
import { createPrisma } from '../src/db/prisma.ts';
import { seedDatabase } from '../src/db/seed/seed-database.ts';
import { buildServer } from '../src/server.ts';
import { systemClock } from '../src/lib/clock.ts';
import { encodeCursor, toGlobalId } from '../src/lib/global-id.ts';
import { createSession } from '../src/auth/create-session.ts';
import { defaultSessionPolicy } from '../src/auth/session-policy.ts';
import { seedCases } from './seed-cases.ts';
import { startProcess, type Started } from './processes.ts';

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CASES = setting('BENCH_CASES', 1_000_000);
const OWN_CASES = setting('BENCH_OWN_CASES', 2_000);
const CITIZENS = setting('BENCH_CITIZENS', 100_000);
const DURATION = setting('BENCH_DURATION', 8);
const ROUNDS = setting('BENCH_ROUNDS', 4);
const CONNECTIONS = setting('BENCH_CONNECTIONS', 16);
const EVALUATION_CASES = setting('BENCH_EVALUATION_CASES', 50_000);
const REUSE = process.env.BENCH_REUSE === '1';
/** Only the scenarios whose name contains this (e.g. BENCH_ONLY=我的办件). */
const ONLY = process.env.BENCH_ONLY ?? '';
const DATABASE = 'hall_bench';
// production mode wants at least 32 characters
const SECRET = 'service-hall-bench-secret-not-for-production';
// The development PII keys (pii.ts), given explicitly: the API runs in production mode, where they are required.
const devKey = (name: string) =>
  createHash('sha256').update(`service-hall development ${name} (not secret)`).digest('hex');
const KEYS = { PII_ENCRYPTION_KEY: devKey('PII_ENCRYPTION_KEY'), PII_HASH_KEY: devKey('PII_HASH_KEY') };
Object.assign(process.env, KEYS);

const MY_CASES = `query($after: String, $list: CaseList, $keyword: String) {
  myCases(first: 20, after: $after, list: $list, keyword: $keyword) {
    totalCount listCounts { list count } pageInfo { hasNextPage endCursor }
    nodes { id businessNumber appliedAt source item { name } department { name } } } }`;
const DEPARTMENT_CASES = `query { departmentCases(first: 20) {
    totalCount listCounts { list count } pageInfo { hasNextPage endCursor }
    nodes { id businessNumber appliedAt status applicantName item { name } } } }`;
const EVALUATION_FIGURES = `query { evaluationFigures(from: "2025-12-01", to: "2025-12-31") {
    overall { total active defaults goodRate badRate replyRate onTimeReplyRate overdue }
    byDepartment { department { name } total goodRate badRate replyRate } } }`;
const SUBMIT_EVALUATION = `mutation($input: SubmitEvaluationInput!) {
  submitEvaluation(input: $input) { evaluation { id level } userErrors { field code } } }`;
const SYNC = `mutation($input: SyncCaseInput!) { syncCase(input: $input) { outcome case { id status } userErrors { code } } }`;

interface Scenario {
  name: string;
  headers: () => Record<string, string>;
  body: (n: number) => string;
  /** the floor answers it too */
  floor: boolean;
  /** also run against 2 API processes */
  cluster?: boolean;
}

/** BENCH_ONLY matched nothing: only load the database (e.g. before measuring with BENCH_REUSE=1). */
class NothingToMeasure extends Error {}

const started: Started[] = [];
/** Numbers requests across runs, so that a created case or an evaluated case is never sent twice. */
let requestNumber = 0;
let nextOpenCase = -1;
const { adminUrl, embedded } = await testServer();
try {
  const url = withDatabase(adminUrl, DATABASE);
  const sizes = `${CASES}/${OWN_CASES}/${CITIZENS}/${EVALUATION_CASES}`;
  if (REUSE && (await loadedSizes(adminUrl, url)) === sizes) {
    console.log(`database: reusing ${DATABASE} (${sizes})`);
    migrateDeploy(url); // migrations added since it was loaded
  } else {
    const loadStart = Date.now();
    await dropDatabase(adminUrl, DATABASE);
    await createDatabaseIfMissing(adminUrl, DATABASE);
    migrateDeploy(url);
    const seedDb = createPrisma(url);
    await seedDatabase(seedDb).finally(() => seedDb.$disconnect());
    await seedCases(url, {
      cases: CASES,
      ownCases: OWN_CASES,
      citizens: CITIZENS,
      evaluationCases: EVALUATION_CASES,
    });
    await markSizes(url, sizes);
    console.log(
      `database: ${CASES.toLocaleString('en')} cases loaded in ${((Date.now() - loadStart) / 1000).toFixed(0)} s`,
    );
  }

  const facts = await lookUp(url);
  await clearBudgets(url); // an earlier run in this hour may have spent them
  // Server-side sessions, as sign-in opens them (a token without one is refused). Activity keeps them alive.
  const sessionDb = createPrisma(url);
  const session = async (userId: string) => {
    const { id } = await createSession(
      { db: sessionDb, clock: systemClock, sessionPolicy: defaultSessionPolicy },
      { userId },
    );
    return encode({ token: { sub: userId, sid: id }, secret: SECRET, maxAge: 24 * 3600 });
  };
  const citizen = { 'content-type': 'application/json', 'x-session-token': await session(facts.citizenId) };
  const clerk = { 'content-type': 'application/json', 'x-session-token': await session(facts.clerkId) };
  const supervisor = {
    'content-type': 'application/json',
    'x-session-token': await session(facts.supervisorId),
  };
  const evaluator = {
    'content-type': 'application/json',
    'x-session-token': await session(facts.evaluatorId),
  };
  await sessionDb.$disconnect();
  let partner: Record<string, string> = {};
  const graphql =
    (query: string, variables: Record<string, unknown> = {}) =>
    () =>
      JSON.stringify({ query, variables });
  const sync = (businessNumber: string) =>
    JSON.stringify({
      query: SYNC,
      variables: {
        input: {
          businessNumber,
          // citizen2, not 李华: the cases it creates must not grow the 我的办件 being measured
          applicantIdNumber: '120104198503120018',
          itemCode: 'nk-ss-pension-transfer',
          status: 'ACCEPTED',
          appliedAt: '2026-11-26T09:00:00+08:00',
          statusChangedAt: '2026-11-26T09:30:00+08:00',
        },
      },
    });
  const runId = Date.now().toString(36).toUpperCase();
  const scenarios: Scenario[] = [
    {
      name: '我的办件 first page',
      headers: () => citizen,
      body: graphql(MY_CASES),
      floor: true,
      cluster: true,
    },
    {
      name: '我的办件 page 50',
      headers: () => citizen,
      body: graphql(MY_CASES, { after: facts.deepCursor }),
      floor: true,
    },
    {
      name: `办结件 + keyword「${facts.keyword}」`,
      headers: () => citizen,
      body: graphql(MY_CASES, { list: 'COMPLETED', keyword: facts.keyword }),
      floor: true,
    },
    { name: 'department workbench', headers: () => clerk, body: graphql(DEPARTMENT_CASES), floor: true },
    {
      name: '好差评 submit',
      headers: () => evaluator,
      // each request evaluates a case nobody evaluated yet (a repeat would only measure the refusal)
      body: () => {
        const caseId = facts.openCases[(nextOpenCase += 1) % facts.openCases.length];
        return graphql(SUBMIT_EVALUATION, {
          input: { caseId, level: 'VERY_SATISFIED', channel: 'MOBILE' },
        })();
      },
      floor: false,
    },
    {
      name: '评价统计, one month',
      headers: () => supervisor,
      body: graphql(EVALUATION_FIGURES),
      floor: false,
    },
    { name: 'syncCase unchanged', headers: () => partner, body: () => sync('BENCHSYNC0'), floor: false },
    {
      name: 'syncCase create',
      headers: () => partner,
      body: (n) => sync(`BENCH${runId}N${n}`),
      floor: false,
    },
  ];

  scenarios.splice(0, scenarios.length, ...scenarios.filter((scenario) => scenario.name.includes(ONLY)));
  if (!scenarios.length) throw new NothingToMeasure();
  const statements = await countStatements(url, scenarios, (token) => (partner = token));

  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: url,
    NEXTAUTH_SECRET: SECRET,
    LOG_LEVEL: 'warn',
    // the 好差评 default sweep has its own benchmark; in this one it would only add its batches to the noise
    JOBS: 'off',
    // the hourly query budgets would refuse a load test within seconds; the charge itself is still made
    RATE_LIMIT_USER_POINTS: String(1_000_000_000),
    RATE_LIMIT_CLIENT_POINTS: String(1_000_000_000),
    // the scenarios are hand-written queries (compared with the floor's answers), not the web's trusted documents
    TRUSTED_DOCUMENTS: 'off',
    ...KEYS,
  };
  const profile = process.env.BENCH_CPU_PROF;
  const api = await startProcess(
    'src/main.ts',
    4391,
    { ...env, API_PORT: '4391' },
    {
      nodeFlags: profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [],
    },
  );
  started.push(api);
  const api2 = await startProcess(
    'src/cluster.ts',
    4392,
    { ...env, API_PORT: '4392', API_WORKERS: '2' },
    { readyLines: 2 },
  );
  started.push(api2);
  const floor = await startProcess('bench/floor/server.ts', 4393, { ...env, FLOOR_PORT: '4393' });
  started.push(floor);

  partner = await partnerToken(api.url);
  await sameAnswers(scenarios, api.url, floor.url, url);
  await fetch(`${api.url}/graphql`, { method: 'POST', headers: partner, body: sync('BENCHSYNC0') });

  // Warm-up (JIT, connection pools, caches) so that the first measured run is not the slowest.
  for (const base of [api.url, api2.url, floor.url]) await load(base, scenarios[0]!, 3);

  type Target = 'api' | 'api×2' | 'floor';
  const results = new Map<string, { rps: number; p50: number; p99: number }[]>();
  console.log(
    `\n${ROUNDS} rounds × ${DURATION} s per run, ${CONNECTIONS} connections; targets alternate each round`,
  );
  for (let round = 0; round < ROUNDS; round += 1) {
    partner = await partnerToken(api.url); // tokens live 15 minutes
    for (const scenario of scenarios) {
      const targets: [Target, string][] = [['api', api.url]];
      if (scenario.floor) targets.push(['floor', floor.url]);
      if (scenario.cluster) targets.push(['api×2', api2.url]);
      if (round % 2 === 1) targets.reverse();
      for (const [target, base] of targets) {
        const result = await load(base, scenario);
        const key = `${scenario.name}\u0000${target}`;
        results.set(key, [...(results.get(key) ?? []), result]);
        process.stdout.write('.');
      }
    }
  }
  console.log('');
  if (nextOpenCase >= facts.openCases.length)
    console.warn(
      `好差评 submit ran out of open cases (${nextOpenCase} > ${facts.openCases.length}): raise BENCH_EVALUATION_CASES`,
    );
  report(scenarios, results, statements);
} catch (error) {
  if (!(error instanceof NothingToMeasure)) throw error;
  console.log(`database ready; no scenario's name contains "${ONLY}"`);
} finally {
  for (const process of started.reverse()) await process.stop();
  if (embedded?.startedHere) await embedded.stop();
}

/** One connection for `use`, closed whatever happens. */
async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

async function lookUp(url: string) {
  return withClient(url, async (client) => {
    const one = async (text: string) => (await client.query(text)).rows[0] as Record<string, unknown>;
    const citizenId = (await one(`SELECT id FROM users WHERE name = '李华'`)).id as string;
    const clerkId = (await one(`SELECT id FROM users WHERE name = '赵敏'`)).id as string;
    const supervisorId = (await one(`SELECT id FROM users WHERE name = '周婷'`)).id as string;
    const evaluatorId = (await one(`SELECT id FROM users WHERE name = '市民1'`)).id as string;
    // Finished yesterday and not yet evaluated (a reused database has spent some in earlier runs).
    const { rows: open } = await client.query(
      `SELECT c.id FROM cases c WHERE c.applicant_id = $1 AND c.status = 'COMPLETED'
         AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.case_id = c.id) ORDER BY c.id`,
      [evaluatorId],
    );
    const deep = await one(`SELECT applied_at, id FROM cases WHERE applicant_id = '${citizenId}'
      ORDER BY applied_at DESC NULLS FIRST, id DESC OFFSET 999 LIMIT 1`);
    const item = await one(`SELECT i.name FROM cases c JOIN service_items i ON i.id = c.item_id
      WHERE c.applicant_id = '${citizenId}' AND c.status = 'COMPLETED' GROUP BY i.name ORDER BY count(*) DESC LIMIT 1`);
    return {
      citizenId,
      clerkId,
      supervisorId,
      evaluatorId,
      openCases: open.map((row) => toGlobalId('Case', row.id as string)),
      deepCursor: encodeCursor([(deep.applied_at as Date).toISOString(), deep.id as string]),
      keyword: [...(item.name as string)].slice(0, 4).join(''),
    };
  });
}

async function partnerToken(base: string): Promise<Record<string, string>> {
  const response = await fetch(`${base}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from('nk-social-security-system:dev-secret-nk-social-security').toString('base64')}`,
    },
    body: new URLSearchParams({ grant_type: 'client_credentials' }),
  });
  const { access_token: token } = (await response.json()) as { access_token: string };
  return { 'content-type': 'application/json', authorization: `Bearer ${token}` };
}

/**
 * The floor must do the same work: its answers must equal the API's, neither may be an error, and it must
 * charge the caller's hourly budget as much as the API's cost analysis does.
 */
async function sameAnswers(scenarios: Scenario[], apiUrl: string, floorUrl: string, url: string) {
  await withClient(url, async (client) => {
    const charged = async (ask: () => Promise<unknown>) => {
      const total = async () =>
        Number(
          (
            await client.query(
              `SELECT coalesce(sum(count), 0) AS n FROM abuse_counters WHERE key LIKE 'cost:user:%'`,
            )
          ).rows[0].n,
        );
      const before = await total();
      const answer = await ask();
      return { answer, cost: (await total()) - before };
    };
    for (const scenario of scenarios.filter((s) => s.floor)) {
      const ask = (base: string) => () =>
        fetch(`${base}/graphql`, {
          method: 'POST',
          headers: scenario.headers(),
          body: scenario.body(0),
        }).then((r) => r.json() as Promise<{ data?: unknown; errors?: unknown }>);
      const fromApi = await charged(ask(apiUrl));
      const fromFloor = await charged(ask(floorUrl));
      const apiAnswer = fromApi.answer as { data?: unknown; errors?: unknown };
      if (apiAnswer.errors || !apiAnswer.data)
        throw new Error(`${scenario.name}: ${JSON.stringify(apiAnswer.errors)}`);
      if (!isDeepStrictEqual(fromApi.answer, fromFloor.answer))
        throw new Error(
          `${scenario.name}: the floor answers differently:\n${JSON.stringify(fromApi.answer)}\n${JSON.stringify(fromFloor.answer)}`,
        );
      if (fromApi.cost !== fromFloor.cost || fromApi.cost <= 0)
        throw new Error(
          `${scenario.name}: the API charged ${fromApi.cost} points, the floor ${fromFloor.cost}`,
        );
    }
  });
}

/** The sizes an earlier run loaded into the bench database, if it exists. */
async function loadedSizes(adminUrl: string, url: string): Promise<string | null> {
  const exists = await withClient(adminUrl, (admin) =>
    admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]),
  );
  if (!exists.rowCount) return null;
  return withClient(url, async (client) => {
    const { rows } = await client.query(`SELECT to_regclass('bench_sizes') IS NOT NULL AS ok`);
    if (!rows[0].ok) return null;
    return ((await client.query('SELECT sizes FROM bench_sizes')).rows[0]?.sizes as string) ?? null;
  });
}

async function clearBudgets(url: string): Promise<void> {
  await withClient(url, (client) => client.query(`DELETE FROM abuse_counters WHERE key LIKE 'cost:%'`));
}

async function markSizes(url: string, sizes: string): Promise<void> {
  await withClient(url, async (client) => {
    await client.query('CREATE TABLE bench_sizes (sizes text NOT NULL)');
    await client.query('INSERT INTO bench_sizes VALUES ($1)', [sizes]);
  });
}

/** SQL statements one request runs: the same server code in this process, with a counting connection pool. */
async function countStatements(
  url: string,
  scenarios: Scenario[],
  setPartner: (headers: Record<string, string>) => void,
): Promise<Map<string, number>> {
  let count = 0;
  const db = createPrisma(url, { onStatement: () => (count += 1) });
  const app = await buildServer({
    db,
    clock: systemClock,
    logger: pino({ level: 'silent' }),
    sessionSecret: SECRET,
    isProduction: true,
    storage: storageFromEnv(),
    uploadLimits: uploadLimitsFromEnv(),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const counts = new Map<string, number>();
  try {
    setPartner(await partnerToken(base));
    let n = 1_000_000;
    for (const scenario of scenarios) {
      const send = () =>
        fetch(`${base}/graphql`, {
          method: 'POST',
          headers: scenario.headers(),
          body: scenario.body((n += 1)),
        });
      await send(); // warm-up; for syncCase unchanged, this creates the case
      count = 0;
      const response = await send();
      if (!response.ok) throw new Error(`${scenario.name}: HTTP ${response.status}`);
      counts.set(scenario.name, count);
    }
  } finally {
    await app.close();
    await db.$disconnect();
  }
  return counts;
}

async function load(base: string, scenario: Scenario, duration = DURATION) {
  const result = await autocannon({
    url: `${base}/graphql`,
    connections: CONNECTIONS,
    duration,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => ({
          ...request,
          headers: scenario.headers(),
          body: scenario.body((requestNumber += 1)),
        }),
      },
    ],
  });
  if (result.non2xx || result.errors)
    throw new Error(`${scenario.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

function report(
  scenarios: Scenario[],
  results: Map<string, { rps: number; p50: number; p99: number }[]>,
  statements: Map<string, number>,
) {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const summary = (scenario: string, target: string) => {
    const runs = results.get(`${scenario}\u0000${target}`);
    if (!runs) return null;
    const rps = runs.map((r) => r.rps);
    return {
      rps: median(rps),
      spread: `${Math.min(...rps).toFixed(0)}–${Math.max(...rps).toFixed(0)}`,
      p50: median(runs.map((r) => r.p50)),
      p99: median(runs.map((r) => r.p99)),
    };
  };
  const cpu = os.cpus();
  console.log(
    `\n${new Date().toISOString().slice(0, 10)}, ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, Node ${process.version}`,
  );
  console.log(
    `medians over ${ROUNDS} rounds (req/s spread min–max); SQL = statements per request (floor: 4)\n`,
  );
  const header = [
    'scenario',
    'target',
    'req/s',
    'spread',
    'p50 ms',
    'p99 ms',
    'req/s ÷ floor',
    'p99 ÷ floor',
    'SQL',
  ];
  const widths = [28, 7, 7, 11, 7, 7, 14, 12, 4];
  const line = (cells: string[]) =>
    console.log(
      cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' '),
    );
  line(header);
  for (const scenario of scenarios) {
    const floor = summary(scenario.name, 'floor');
    for (const target of ['api', 'api×2', 'floor']) {
      const row = summary(scenario.name, target);
      if (!row) continue;
      line([
        target === 'api' ? scenario.name : '',
        target,
        row.rps.toFixed(0),
        row.spread,
        row.p50.toFixed(1),
        row.p99.toFixed(1),
        floor && target !== 'floor' ? `${((row.rps / floor.rps) * 100).toFixed(0)}%` : '',
        floor && target !== 'floor' ? `${(row.p99 / floor.p99).toFixed(2)}×` : '',
        target === 'floor' ? '4' : target === 'api' ? String(statements.get(scenario.name) ?? '?') : '',
      ]);
    }
  }
}
