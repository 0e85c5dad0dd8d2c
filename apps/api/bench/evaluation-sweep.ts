// npm run bench:sweep -w @hall/api: the 好差评 default sweep over 1,000,000 due completed cases, timed against
// one raw INSERT … SELECT of the same rows in the same run, on the same fresh database. Reports the ratio.
import { performance } from 'node:perf_hooks';
import { createDatabaseIfMissing, migrateDeploy, withDatabase } from '../src/db/database.ts';
import { createPrisma } from '../src/db/prisma.ts';
import { seedDatabase } from '../src/db/seed/seed-database.ts';
import { dropDatabase, testServer } from '../src/testing/test-database.ts';
import { sweepDefaultEvaluations } from '../src/evaluation/sweep-default-evaluations.ts';
import { parseCst } from '../src/lib/natural-days.ts';

const CASES = Number(process.env.BENCH_SWEEP_CASES ?? 1_000_000);
const BATCH = Number(process.env.BENCH_SWEEP_BATCH ?? 10_000);
const NAME = 'hall_bench_sweep';

const { adminUrl, embedded } = await testServer();
await dropDatabase(adminUrl, NAME);
await createDatabaseIfMissing(adminUrl, NAME);
const url = withDatabase(adminUrl, NAME);
migrateDeploy(url);
const db = createPrisma(url);
const now = parseCst('2026-11-28 12:00:00');

try {
  await seedDatabase(db, { NODE_ENV: 'development' });
  const item = await db.serviceItem.findUniqueOrThrow({ where: { code: 'nk-ss-pension-resume' } });
  const applicant = await db.case.findFirstOrThrow({ where: { businessNumber: '20191108095653989372' } });
  let started = performance.now();
  // One set-based INSERT: completed over ~70 days of 2026, every one past its D+7 window at `now`.
  await db.$executeRawUnsafe(
    `INSERT INTO cases (id, business_number, source, origin_system, applicant_id, item_id, department_id, status,
       applied_at, completed_at, status_changed_at, updated_at)
     SELECT uuid_v7(t), 'B' || g, 'ONLINE', 'hall', $1::uuid, $2::uuid, $3::uuid, 'COMPLETED', t, t, t, now()
       FROM generate_series(1, $4::int) g, LATERAL (SELECT timestamptz '2026-06-01 00:00+08' + g * interval '6 seconds' AS t) x`,
    applicant.applicantId,
    item.id,
    item.departmentId,
    CASES,
  );
  await db.$executeRawUnsafe('VACUUM ANALYZE cases');
  console.log(
    `${CASES.toLocaleString()} completed cases created in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const reset = async () => {
    // The bench database only, to start each run from no evaluations: TRUNCATE skips the row triggers, and
    // replica mode (a superuser's, which the API's role is not) the BEFORE TRUNCATE ones.
    await db.$transaction([
      db.$executeRawUnsafe('SET LOCAL session_replication_role = replica'),
      db.$executeRawUnsafe('TRUNCATE evaluations CASCADE'),
    ]);
    await db.$executeRawUnsafe('VACUUM ANALYZE evaluations');
    await db.$executeRawUnsafe('CHECKPOINT');
  };

  const raw = async () => {
    await reset();
    started = performance.now();
    const inserted = await db.$executeRawUnsafe(
      `INSERT INTO evaluations (id, case_id, level, channel, is_default, submitted_at)
       SELECT uuid_v7($1::timestamptz), c.id, 'BASIC', 'SYSTEM_DEFAULT', true,
              (date_trunc('day', c.completed_at AT TIME ZONE 'Asia/Shanghai') + interval '8 days') AT TIME ZONE 'Asia/Shanghai'
         FROM cases c
        WHERE c.status = 'COMPLETED'
          AND c.completed_at < (date_trunc('day', $1::timestamptz AT TIME ZONE 'Asia/Shanghai') - interval '7 days') AT TIME ZONE 'Asia/Shanghai'`,
      now.toISOString(),
    );
    return { ms: performance.now() - started, inserted };
  };
  const sweep = async () => {
    await reset();
    started = performance.now();
    const result = await sweepDefaultEvaluations(db, now, { batchSize: BATCH });
    return { ms: performance.now() - started, inserted: result.inserted, batches: result.batches };
  };

  const runs = { raw: [] as number[], sweep: [] as number[] };
  for (let round = 0; round < 2; round += 1) {
    const r = await raw();
    const s = await sweep();
    if (s.inserted !== r.inserted || r.inserted < CASES)
      throw new Error(`raw inserted ${r.inserted}, the sweep ${s.inserted}`);
    runs.raw.push(r.ms);
    runs.sweep.push(s.ms);
    console.log(
      `round ${round + 1}: raw INSERT … SELECT ${(r.ms / 1000).toFixed(2)} s, sweep ${(s.ms / 1000).toFixed(2)} s in ${s.batches} batches of ${BATCH}`,
    );
  }
  const best = (values: number[]) => Math.min(...values);
  console.log(
    `\n| default sweep of ${CASES.toLocaleString()} due cases | raw INSERT … SELECT | batched sweep | × raw |\n| --- | --- | --- | --- |\n| best of 2 | ${(best(runs.raw) / 1000).toFixed(2)} s | ${(best(runs.sweep) / 1000).toFixed(2)} s | ${(best(runs.sweep) / best(runs.raw)).toFixed(2)} |`,
  );
} finally {
  await db.$disconnect();
  await dropDatabase(adminUrl, NAME);
  if (embedded?.startedHere) await embedded.stop();
}
