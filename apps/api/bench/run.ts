// npm run bench: the API against a hand-written floor (bench/floor/server.ts) on a city-scale database, with
// the requests the web really sends (bench/scenarios.ts: each hot page's persisted operation, by hash, with the
// page's variables, trusted documents enforced, sessions opened by the real sign-in), and the whole 我的办件 page
// through `next start` (bench/page.ts). Not part of the test suite. Settings (environment): BENCH_CASES
// (1,000,000), BENCH_OWN_CASES (2,000), BENCH_CITIZENS (100,000), BENCH_DURATION seconds per run (5),
// BENCH_ROUNDS (3), BENCH_CONNECTIONS (16), BENCH_EVALUATION_CASES (50,000 finished yesterday, open for 评价), BENCH_CPU_PROF=<dir> writes a CPU profile of the single API process, BENCH_REUSE=1 keeps a
// database an earlier run loaded with the same sizes, BENCH_ONLY=<text>|<text>… runs only the scenarios whose
// name contains one of them (the page: "我的办件 page"), BENCH_PORT (4391: the API, +1 the API ×2, +2 the floor, +3 the API with a
// replica), BENCH_WEB_PORT (3391), BENCH_WEB=0 leaves out the page, BENCH_ROLLUP_CASES (1,000,000; 0 leaves out the
// rollup catch-up, "rollup catch-up" in BENCH_ONLY), "replica mix" in BENCH_ONLY: 我的办件 and 统计分析 at once,
// primary alone vs primary + a streaming standby (bench/replica-mix.ts; needs Debian's postgresql-15).
// BENCH_LOAD_ROLLUPS (rebuild: raw rows with the rollup triggers off, then each rollup table from its view;
// triggers: kept by the triggers while loading).
import { storageFromEnv } from '../src/storage/storage-config.ts';
import { uploadLimitsFrom } from '../src/config.ts';
import { readApiEnv } from '../src/env-schema.ts';
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
import { statusesOfList } from '../src/case/case-lists.ts';
import { seedCases, type RollupLoad } from './seed-cases.ts';
import { startProcess, type Started } from './processes.ts';
import {
  ACCOUNTS,
  SCENARIOS,
  persistedBody,
  persistedOperations,
  scenarioProblems,
  type Account,
  type Facts,
} from './scenarios.ts';
import { benchPage, type PageFigures } from './page.ts';
import { measureRollupCatchUp } from './rollup-catch-up.ts';
import { KEY_FIGURES } from './key-figures.ts';
import { measureReplicaMix, type MixPart, type ReplicaMixFigures } from './replica-mix.ts';

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const CASES = setting('BENCH_CASES', 1_000_000);
const OWN_CASES = setting('BENCH_OWN_CASES', 2_000);
const CITIZENS = setting('BENCH_CITIZENS', 100_000);
const DURATION = setting('BENCH_DURATION', 5);
const ROUNDS = setting('BENCH_ROUNDS', 3);
const CONNECTIONS = setting('BENCH_CONNECTIONS', 16);
const EVALUATION_CASES = setting('BENCH_EVALUATION_CASES', 50_000);
const PORT = setting('BENCH_PORT', 4391);
const WEB_PORT = setting('BENCH_WEB_PORT', 3391);
const WEB = process.env.BENCH_WEB !== '0';
const REUSE = process.env.BENCH_REUSE === '1';
/** New completed cases (each evaluated) written per round of the rollup catch-up; 0 leaves it out. */
const ROLLUP_CASES = setting('BENCH_ROLLUP_CASES', 1_000_000);
const ROLLUP = 'rollup catch-up';
/** Only the scenarios whose name contains one of these (e.g. BENCH_ONLY='我的办件 在办件|workbench'). */
const ONLY = process.env.BENCH_ONLY ?? '';
const LOAD_ROLLUPS: RollupLoad = process.env.BENCH_LOAD_ROLLUPS === 'triggers' ? 'triggers' : 'rebuild';
/** The dashboard scenarios also run at one connection: the issue's ≤ 100 ms is a per-request latency. */
const ONE = ', 1 connection';
const chosen = (name: string) => ONLY.split('|').some((part) => name.includes(part));
const PAGE = '我的办件 page';
/** 我的办件 and 统计分析 at once, primary alone vs primary + a streaming standby (issue 20's sizing run). */
const REPLICA = 'replica mix';
const REPLICA_PARTS = ['我的办件 在办件', '统计分析 supervisor, one month'];
const DATABASE = 'hall_bench';
// production mode wants at least 32 characters
const SECRET = 'service-hall-bench-secret-not-for-production';
// The development PII keys (pii.ts), given explicitly: the API runs in production mode, where they are required.
const devKey = (name: string) =>
  createHash('sha256').update(`service-hall development ${name} (not secret)`).digest('hex');
const KEYS = { PII_ENCRYPTION_KEY: devKey('PII_ENCRYPTION_KEY'), PII_HASH_KEY: devKey('PII_HASH_KEY') };
Object.assign(process.env, KEYS);

interface Scenario {
  name: string;
  operation: string;
  account: Account;
  body: string;
  /** the floor answers it too */
  floor: boolean;
  /** the floor answers with the page's rows (see scenarios.ts) */
  rowsFloor?: true;
  /** also run against 2 API processes */
  cluster?: boolean;
}

/** Statements per request of the floor, per scenario (its x-floor-statements, read during the checks). */
const floorStatements = new Map<string, number>();

/** BENCH_ONLY matched nothing: only load the database (e.g. before measuring with BENCH_REUSE=1). */
class NothingToMeasure extends Error {}

type Target = 'api' | 'api×2' | 'floor' | `${'api' | 'floor'}, 1 connection`;
type Figures = { rps: number; p50: number; p99: number };

const started: Started[] = [];
const { adminUrl, embedded } = await testServer();
try {
  const url = withDatabase(adminUrl, DATABASE);
  // "seed 2": 李华's cases in the hall's mix of lists (a database of the first seed had them all 办结)
  const sizes = `${CASES}/${OWN_CASES}/${CITIZENS}/${EVALUATION_CASES}/seed 2`;
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
    const seeded = Date.now();
    const phases = await seedCases(url, {
      cases: CASES,
      ownCases: OWN_CASES,
      citizens: CITIZENS,
      evaluationCases: EVALUATION_CASES,
      rollups: LOAD_ROLLUPS,
    });
    await markSizes(url, sizes);
    console.log(
      `database: ${CASES.toLocaleString('en')} cases loaded in ${((Date.now() - loadStart) / 1000).toFixed(0)} s ` +
        `(migrations and seed ${((seeded - loadStart) / 1000).toFixed(0)} s; rollups: ${LOAD_ROLLUPS}; ` +
        `${Object.entries(phases)
          .map(([phase, seconds]) => `${phase} ${seconds.toFixed(1)} s`)
          .join(', ')}; load average ${os
          .loadavg()
          .map((n) => n.toFixed(2))
          .join(' ')})`,
    );
  }

  const facts = await lookUp(url);
  // The bench refuses to measure anything the web does not send (also checked in npm test: scenarios.test.ts).
  const operations = persistedOperations();
  const problems = SCENARIOS.flatMap((s) =>
    scenarioProblems(s, facts, operations).map((p) => `${s.name}: ${p}`),
  );
  if (problems.length) throw new Error(`scenarios that are not what the web sends:\n${problems.join('\n')}`);
  const scenarios: Scenario[] = SCENARIOS.filter((scenario) => chosen(scenario.name)).map((scenario) => ({
    ...scenario,
    body: persistedBody(
      scenario.operation,
      operations.get(scenario.operation)!.hash,
      scenario.variables(facts),
    ),
  }));
  if (
    !scenarios.length &&
    !(WEB && chosen(PAGE)) &&
    !(ROLLUP_CASES > 0 && chosen(ROLLUP)) &&
    !chosen(REPLICA)
  )
    throw new NothingToMeasure();
  await clearBudgets(url); // an earlier run in this hour may have spent them
  const statements = await countStatements(url, scenarios);

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
    // as in production: web callers may run only the web's persisted documents, by hash
    TRUSTED_DOCUMENTS: 'enforce',
    ...KEYS,
  };
  const profile = process.env.BENCH_CPU_PROF;
  const api = await startProcess(
    'src/main.ts',
    PORT,
    { ...env, API_PORT: String(PORT) },
    { nodeFlags: profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [] },
  );
  started.push(api);
  const api2 = await startProcess(
    'src/cluster.ts',
    PORT + 1,
    { ...env, API_PORT: String(PORT + 1), API_WORKERS: '2' },
    { readyLines: 2 },
  );
  started.push(api2);
  const floor = await startProcess('bench/floor/server.ts', PORT + 2, {
    ...env,
    FLOOR_PORT: String(PORT + 2),
  });
  started.push(floor);

  // Sessions opened by the real sign-in: the API's password check (what next-auth's authorize calls), then the
  // token next-auth's jwt callback makes of its answer ({ name, sub, sid }), encrypted with the shared secret.
  const headers = new Map<Account, Record<string, string>>();
  for (const account of Object.keys(ACCOUNTS) as Account[])
    headers.set(account, {
      'content-type': 'application/json',
      'x-session-token': await signIn(api.url, account),
    });
  const headersOf = (scenario: Scenario) => headers.get(scenario.account)!;

  await sameAnswers(scenarios, headersOf, api.url, floor.url, url);

  // Warm-up (JIT, connection pools, caches) so that the first measured run is not the slowest.
  for (const scenario of scenarios)
    for (const base of [
      api.url,
      ...(scenario.floor || scenario.rowsFloor ? [floor.url] : []),
      ...(scenario.cluster ? [api2.url] : []),
    ])
      await load(base, scenario, headersOf(scenario), 1);

  const results = new Map<string, Figures[]>();
  console.log(
    `\n${ROUNDS} rounds × ${DURATION} s per run, ${CONNECTIONS} connections; targets alternate each round`,
  );
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const scenario of scenarios) {
      const targets: [Target, string][] = [['api', api.url]];
      if (scenario.floor || scenario.rowsFloor) targets.push(['floor', floor.url]);
      if (scenario.cluster) targets.push(['api×2', api2.url]);
      if (scenario.operation === 'DashboardPage')
        targets.push([`api${ONE}`, api.url], [`floor${ONE}`, floor.url]);
      if (round % 2 === 1) targets.reverse();
      for (const [target, base] of targets) {
        const connections = target.endsWith(ONE) ? 1 : CONNECTIONS;
        const result = await load(base, scenario, headersOf(scenario), DURATION, connections);
        const key = `${scenario.name}\u0000${target}`;
        results.set(key, [...(results.get(key) ?? []), result]);
        process.stdout.write('.');
      }
    }
  }
  console.log('');
  report(scenarios, results, statements);

  if (ROLLUP_CASES > 0 && chosen(ROLLUP)) {
    const db = createPrisma(url);
    try {
      const figures = await measureRollupCatchUp(db, ROLLUP_CASES, ROUNDS);
      reportCatchUp(figures);
    } finally {
      await db.$disconnect();
    }
  }

  if (chosen(REPLICA)) {
    const parts: MixPart[] = REPLICA_PARTS.map((name) => {
      const spec = SCENARIOS.find((scenario) => scenario.name === name)!;
      return {
        name,
        body: persistedBody(spec.operation, operations.get(spec.operation)!.hash, spec.variables(facts)),
        headers: headers.get(spec.account)!,
        connections: CONNECTIONS / 2,
      };
    });
    const mix = await measureReplicaMix({
      adminUrl,
      database: DATABASE,
      primaryApiUrl: api.url,
      env,
      port: PORT + 3,
      rounds: ROUNDS,
      duration: DURATION,
      parts,
      load: (base, part, duration) => load(base, part, part.headers, duration, part.connections),
    });
    reportReplicaMix(parts, mix);
  }

  if (WEB && chosen(PAGE)) {
    // What the page sends for its table: 在办件, first page (the first scenario).
    const spec = SCENARIOS[0]!;
    const pageScenario: Scenario = {
      ...spec,
      body: persistedBody(spec.operation, operations.get(spec.operation)!.hash, spec.variables(facts)),
    };
    const pageHeaders = headers.get(spec.account)!;
    const first = (await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: pageHeaders,
      body: pageScenario.body,
    }).then((r) => r.json())) as { data: { myCases: { edges: { node: { businessNumber: string } }[] } } };
    const page = await benchPage({
      apiUrl: api.url,
      webPort: WEB_PORT,
      secret: SECRET,
      account: ACCOUNTS[spec.account],
      expectText: first.data.myCases.edges[0]!.node.businessNumber,
      rounds: ROUNDS,
      duration: DURATION,
      connections: CONNECTIONS,
      apiAlone: (connections, duration) => load(api.url, pageScenario, pageHeaders, duration, connections),
    });
    reportPage(page);
  }
} catch (error) {
  if (!(error instanceof NothingToMeasure)) throw error;
  console.log(`database ready; no scenario's name contains "${ONLY}"`);
} finally {
  for (const process of started.reverse()) await process.stop();
  if (embedded?.startedHere) await embedded.stop();
}

/** POST /auth/password as next-auth's Credentials provider does, and the token next-auth makes of the answer. */
async function signIn(base: string, account: Account): Promise<string> {
  const { login, password } = ACCOUNTS[account];
  const response = await fetch(`${base}/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${account}: HTTP ${response.status}`);
  const { user, sessionId } = (await response.json()) as {
    user: { id: string; name: string };
    sessionId: string;
  };
  return encode({
    token: { name: user.name, sub: user.id, sid: sessionId },
    secret: SECRET,
    maxAge: 8 * 3600,
  });
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

async function lookUp(url: string): Promise<Facts> {
  return withClient(url, async (client) => {
    const one = async (text: string, values: unknown[] = []) =>
      (await client.query(text, values)).rows[0] as Record<string, unknown>;
    const citizenId = (await one(`SELECT id FROM users WHERE name = '李华'`)).id as string;
    const clerk = await one(`SELECT department_id FROM users WHERE name = '赵敏'`);
    const cursorOf = (row: Record<string, unknown>) =>
      encodeCursor([(row.applied_at as Date).toISOString(), row.id as string]);
    // The end cursor of the page before a deep page (10 a page): what 下一页 puts into the URL.
    const deepCursor = async (list: 'IN_PROGRESS' | 'COMPLETED', page: number) =>
      cursorOf(
        await one(
          `SELECT applied_at, id FROM cases WHERE applicant_id = $1 AND status = ANY($2::"CaseStatus"[])
           ORDER BY applied_at DESC NULLS FIRST, id DESC OFFSET $3 LIMIT 1`,
          [citizenId, statusesOfList(list), (page - 1) * 10 - 1],
        ),
      );
    // 李华's case of the user guide: a timeline of several steps and the full detail page.
    const guideCase = await one(`SELECT id FROM cases WHERE business_number = '20191108095653989372'`);
    return {
      deepCursor: {
        IN_PROGRESS: await deepCursor('IN_PROGRESS', 21),
        COMPLETED: await deepCursor('COMPLETED', 51),
      },
      caseId: toGlobalId('Case', guideCase.id as string),
      departmentCaseDeepCursor: cursorOf(
        await one(
          `SELECT applied_at, id FROM cases WHERE department_id = $1 AND status <> 'DRAFT'
           ORDER BY applied_at DESC NULLS FIRST, id DESC OFFSET 499 LIMIT 1`,
          [clerk.department_id],
        ),
      ),
    };
  });
}

type Answer = { data?: unknown; errors?: unknown };

/**
 * Every scenario answers without errors. The floor must do the same work: its answers must equal the API's,
 * and it must charge the caller's hourly budget as much as the API's cost analysis does.
 */
async function sameAnswers(
  scenarios: Scenario[],
  headersOf: (scenario: Scenario) => Record<string, string>,
  apiUrl: string,
  floorUrl: string,
  url: string,
) {
  await withClient(url, async (client) => {
    const charged = async (ask: () => Promise<Answer>) => {
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
    for (const scenario of scenarios) {
      const ask = (base: string) => () =>
        fetch(`${base}/graphql`, { method: 'POST', headers: headersOf(scenario), body: scenario.body }).then(
          (r) => r.json() as Promise<Answer>,
        );
      const fromApi = await charged(ask(apiUrl));
      if (fromApi.answer.errors || !fromApi.answer.data)
        throw new Error(`${scenario.name}: ${JSON.stringify(fromApi.answer.errors)}`);
      if (!scenario.floor && !scenario.rowsFloor) continue;
      const fromFloor = await charged(async () => {
        const response = await fetch(`${floorUrl}/graphql`, {
          method: 'POST',
          headers: headersOf(scenario),
          body: scenario.body,
        });
        floorStatements.set(scenario.name, Number(response.headers.get('x-floor-statements')));
        return (await response.json()) as Answer;
      });
      if (scenario.rowsFloor) {
        sameKeyFigures(scenario, fromApi.answer, fromFloor.answer);
        continue;
      }
      // Both charge the same budget, the floor after the API: its remaining points are one charge fewer.
      const [apiRemaining, floorRemaining] = [remainingOf(fromApi.answer), remainingOf(fromFloor.answer)];
      if (floorRemaining !== apiRemaining - fromApi.cost)
        throw new Error(
          `${scenario.name}: ${floorRemaining} points remaining after the floor, ${apiRemaining} after the API`,
        );
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

/** The answer's extensions.cost.remaining, taken out of the answer (it differs between two charges). */
function remainingOf(answer: Answer): number {
  const cost = (answer as { extensions?: { cost?: { remaining?: number } } }).extensions?.cost;
  const remaining = cost?.remaining ?? NaN;
  delete cost?.remaining;
  return remaining;
}

/** A floor that answers with rows: the page's key figures (key-figures.ts) must be the API's. */
function sameKeyFigures(scenario: Scenario, fromApi: Answer, fromFloor: Answer) {
  const figures = KEY_FIGURES[scenario.operation];
  const rows = (fromFloor.data as { rows?: unknown } | undefined)?.rows;
  if (!figures || !rows) throw new Error(`${scenario.name}: the floor answers ${JSON.stringify(fromFloor)}`);
  const [api, floor] = [figures.api(fromApi.data), figures.floor(rows)];
  if (!isDeepStrictEqual(api, floor))
    throw new Error(
      `${scenario.name}: ${JSON.stringify(api)} from the API, ${JSON.stringify(floor)} from the floor's rows`,
    );
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
async function countStatements(url: string, scenarios: Scenario[]): Promise<Map<string, number>> {
  let count = 0;
  const db = createPrisma(url, { onStatement: () => (count += 1) });
  const app = await buildServer({
    db,
    clock: systemClock,
    logger: pino({ level: 'silent' }),
    sessionSecret: SECRET,
    isProduction: true,
    storage: storageFromEnv(),
    uploadLimits: uploadLimitsFrom(readApiEnv()),
    trustedDocuments: { mode: 'enforce' },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const counts = new Map<string, number>();
  try {
    const tokens = new Map<Account, string>();
    for (const scenario of scenarios) {
      if (!tokens.has(scenario.account)) tokens.set(scenario.account, await signIn(base, scenario.account));
      const send = () =>
        fetch(`${base}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-session-token': tokens.get(scenario.account)! },
          body: scenario.body,
        });
      await send(); // warm-up: the process's reference data, the session's first touch
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

async function load(
  base: string,
  scenario: Pick<Scenario, 'name' | 'body'>,
  headers: Record<string, string>,
  duration = DURATION,
  connections = CONNECTIONS,
): Promise<Figures> {
  const result = await autocannon({
    url: `${base}/graphql`,
    connections,
    duration,
    method: 'POST',
    headers,
    body: scenario.body,
  });
  if (result.non2xx || result.errors)
    throw new Error(`${scenario.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function spread(values: number[]): string {
  return `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
}

function report(scenarios: Scenario[], results: Map<string, Figures[]>, statements: Map<string, number>) {
  const summary = (scenario: string, target: string) => {
    const runs = results.get(`${scenario}\u0000${target}`);
    if (!runs) return null;
    const rps = runs.map((r) => r.rps);
    return {
      rps: median(rps),
      spread: spread(rps),
      p50: median(runs.map((r) => r.p50)),
      p99: median(runs.map((r) => r.p99)),
    };
  };
  const cpu = os.cpus();
  console.log(
    `\n${new Date().toISOString().slice(0, 16)} UTC, ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, Node ${process.version}, load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  console.log(`medians over ${ROUNDS} rounds (req/s spread min–max); SQL = statements per request\n`);
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
  const widths = [30, 19, 7, 11, 7, 7, 14, 12, 4];
  const line = (cells: string[]) =>
    console.log(
      cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' '),
    );
  line(header);
  for (const scenario of scenarios) {
    for (const target of ['api', 'api×2', 'floor', `api${ONE}`, `floor${ONE}`]) {
      const row = summary(scenario.name, target);
      if (!row) continue;
      const floor = summary(scenario.name, target.endsWith(ONE) ? `floor${ONE}` : 'floor');
      line([
        target === 'api' ? scenario.name : '',
        target,
        row.rps.toFixed(0),
        row.spread,
        row.p50.toFixed(1),
        row.p99.toFixed(1),
        floor && !target.startsWith('floor') ? `${((row.rps / floor.rps) * 100).toFixed(0)}%` : '',
        floor && !target.startsWith('floor') ? `${(row.p99 / floor.p99).toFixed(2)}×` : '',
        target.startsWith('floor')
          ? String(floorStatements.get(scenario.name) ?? '?')
          : target.startsWith('api') && target !== 'api×2'
            ? String(statements.get(scenario.name) ?? '?')
            : '',
      ]);
    }
  }
}

function reportCatchUp(figures: Awaited<ReturnType<typeof measureRollupCatchUp>>) {
  const med = (values: number[]) => median(values).toFixed(1);
  const range = (values: number[]) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;
  console.log(
    `\n${ROLLUP}: ${ROLLUP_CASES.toLocaleString('en')} new completed cases and ${figures.evaluations.toLocaleString('en')} evaluations (with replies and appeals) per round, ${ROUNDS} rounds, load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `  with the rollup triggers (the product): median ${med(figures.withRollups)} s (${range(figures.withRollups)})`,
  );
  console.log(
    `  rollup triggers disabled (the floor):    median ${med(figures.withoutRollups)} s (${range(figures.withoutRollups)})`,
  );
  console.log(`  ratio: ${(median(figures.withRollups) / median(figures.withoutRollups)).toFixed(2)}×`);
}

function reportPage(page: PageFigures) {
  console.log(
    `\nthe whole page: GET /personal/cases (李华, 在办件) through next start, beside its MyCases request alone`,
  );
  console.log(`medians over ${page.rounds} rounds (req/s spread min–max)\n`);
  const line = (cells: string[]) =>
    console.log(cells.map((cell, i) => (i === 0 ? cell.padEnd(34) : cell.padStart(10))).join(' '));
  line(['target', 'req/s', 'spread', 'p50 ms', 'p99 ms']);
  for (const [name, runs] of page.runs)
    line([
      name,
      median(runs.map((r) => r.rps)).toFixed(0),
      spread(runs.map((r) => r.rps)),
      median(runs.map((r) => r.p50)).toFixed(1),
      median(runs.map((r) => r.p99)).toFixed(1),
    ]);
  console.log(`\n${page.note}`);
}

function reportReplicaMix(parts: MixPart[], mix: ReplicaMixFigures) {
  console.log(
    `\n${REPLICA}: ${parts.map((part) => `${part.name} (${part.connections} connections)`).join(' + ')} at once; base backup ${mix.baseBackupSeconds.toFixed(0)} s; standby replay lag after each round ${mix.lagBytes.map((b) => `${(b / 1024).toFixed(0)} KiB`).join(', ')}; load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}`,
  );
  console.log(`medians over ${ROUNDS} rounds (req/s spread min–max)\n`);
  const line = (cells: string[]) =>
    console.log(cells.map((cell, i) => (i < 2 ? cell.padEnd(32) : cell.padStart(10))).join(' '));
  line(['target', 'stream', 'req/s', 'spread', 'p50 ms', 'p99 ms']);
  for (const target of ['primary', 'primary + replica'])
    for (const part of parts) {
      const runs = mix.runs.get(`${target}\u0000${part.name}`) ?? [];
      line([
        target,
        part.name,
        median(runs.map((r) => r.rps)).toFixed(0),
        spread(runs.map((r) => r.rps)),
        median(runs.map((r) => r.p50)).toFixed(1),
        median(runs.map((r) => r.p99)).toFixed(1),
      ]);
    }
}
