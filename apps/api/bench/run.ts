// npm run bench: latency of the case-list paths over real HTTP against a real PostgreSQL, each reported as a
// ratio to a baseline measured in the same run on the same server (an authenticated `{ me { id } }`), so
// numbers from different machines compare. Not part of the test suite.
import { performance } from 'node:perf_hooks';
import { prepareTemplate, testServer } from '../src/testing/test-database.ts';
import { startTestApi, type TestApi } from '../src/testing/test-api.ts';
import { encodeCursor } from '../src/lib/global-id.ts';

const CASES = Number(process.env.BENCH_CASES ?? 100_000);
/** The benchmarked citizen holds this many of them (a busy company user); the rest belong to someone else. */
const OWN_CASES = Number(process.env.BENCH_OWN_CASES ?? 2_000);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 150);

const { adminUrl, embedded } = await testServer();
await prepareTemplate(adminUrl);
const api = await startTestApi(adminUrl);
try {
  await addCases(api, CASES);
  const as = { sessionToken: await api.sessionFor('11010519491231002X') };
  const page = `query($after: String, $list: CaseList) { myCases(first: 20, after: $after, list: $list) {
    totalCount listCounts { list count } pageInfo { endCursor } nodes { businessNumber appliedAt source item { name } department { name } } } }`;

  // A cursor near the end of the list: with keyset paging a deep page should cost what the first page costs.
  const lastRow = await api.db.case.findMany({
    where: { businessNumber: { startsWith: 'BENCH' }, applicant: { name: '李华' } },
    orderBy: [{ appliedAt: 'asc' }, { id: 'asc' }],
    take: 30,
  });
  const deepCursor = encodeCursor([lastRow[29]!.appliedAt!.toISOString(), lastRow[29]!.id]);

  const scenarios: [string, () => Promise<unknown>][] = [
    ['baseline: { me { id } }', () => api.graphql('{ me { id } }', {}, as)],
    [`myCases first page (${OWN_CASES} of ${CASES} cases)`, () => api.graphql(page, {}, as)],
    ['myCases page near the end', () => api.graphql(page, { after: deepCursor }, as)],
    ['myCases 办结件 list', () => api.graphql(page, { list: 'COMPLETED' }, as)],
  ];
  const results = [] as { name: string; median: number; p95: number }[];
  for (const [name, run] of scenarios) {
    for (let i = 0; i < 20; i += 1) await run();
    const samples: number[] = [];
    for (let i = 0; i < ITERATIONS; i += 1) {
      const start = performance.now();
      const result = (await run()) as { errors?: unknown };
      samples.push(performance.now() - start);
      if (result.errors) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
    }
    samples.sort((a, b) => a - b);
    results.push({
      name,
      median: samples[Math.floor(samples.length / 2)]!,
      p95: samples[Math.floor(samples.length * 0.95)]!,
    });
  }
  const baseline = results[0]!.median;
  console.log(`\n${ITERATIONS} sequential requests each, after 20 warm-up requests\n`);
  console.log(
    'scenario'.padEnd(44),
    'median ms'.padStart(10),
    'p95 ms'.padStart(9),
    'x baseline'.padStart(11),
  );
  for (const row of results) {
    console.log(
      row.name.padEnd(44),
      row.median.toFixed(2).padStart(10),
      row.p95.toFixed(2).padStart(9),
      (row.median / baseline).toFixed(2).padStart(11),
    );
  }
} finally {
  await api.close();
  if (embedded?.startedHere) await embedded.stop();
}

async function addCases(target: TestApi, count: number) {
  const template = await target.db.case.findFirstOrThrow({
    where: { businessNumber: '20191108095653989372' },
  });
  const other = await target.db.case.findFirstOrThrow({ where: { businessNumber: '20191106100000123456' } });
  const start = Date.parse('2020-01-01T00:00:00Z');
  const statuses = ['RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED'] as const;
  for (let offset = 0; offset < count; offset += 5000) {
    await target.db.case.createMany({
      data: Array.from({ length: Math.min(5000, count - offset) }, (_, k) => {
        const i = offset + k;
        const at = new Date(start + i * 60_000);
        const status = statuses[i % statuses.length]!;
        return {
          businessNumber: `BENCH${String(i).padStart(12, '0')}`,
          source: 'ONLINE' as const,
          originSystem: 'hall',
          applicantId: i % Math.round(count / OWN_CASES) === 0 ? template.applicantId : other.applicantId,
          itemId: template.itemId,
          departmentId: template.departmentId,
          status,
          appliedAt: at,
          statusChangedAt: at,
          completedAt: status === 'COMPLETED' ? at : null,
        };
      }),
    });
  }
  await target.db.$executeRawUnsafe('ANALYZE cases');
}
