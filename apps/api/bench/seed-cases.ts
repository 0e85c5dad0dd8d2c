import pg from 'pg';
import { rebuildRollups, setRollupTriggers } from './rollup-triggers.ts';
import { REPLY_WINDOW_DAYS } from '../src/evaluation/evaluation-rules.ts';

/** How the rollups are kept during the load: by their triggers, or rebuilt from the raw rows at the end. */
export type RollupLoad = 'triggers' | 'rebuild';

/** Seconds each part of the load took. */
export interface LoadPhases {
  citizens: number;
  cases: number;
  evaluations: number;
  rollups: number;
  analyze: number;
}

/**
 * City-scale data with set-based SQL: `citizens` more citizens and `cases` cases over six years, spread over
 * every seeded service item (so over every department), of which `ownCases` are the seeded citizen 李华's.
 * Status mix roughly as a hall's: most cases finished, a tenth in progress, a few awaiting 补正, 1% drafts.
 * With `rollups: 'rebuild'` the raw rows are written with the rollup triggers off and each rollup table is then
 * filled from its view in one statement (rollup-triggers.ts): the same rollups, without the triggers' work
 * per statement (what makes 10,000,000 cases loadable here).
 */
export async function seedCases(
  url: string,
  options: {
    cases: number;
    ownCases: number;
    citizens: number;
    evaluationCases: number;
    rollups?: RollupLoad;
  },
): Promise<LoadPhases> {
  const rollups = options.rollups ?? 'rebuild';
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const exec = (sql: string) => client.query(sql);
  const phases: LoadPhases = { citizens: 0, cases: 0, evaluations: 0, rollups: 0, analyze: 0 };
  let mark = performance.now();
  const lap = (phase: keyof LoadPhases) => {
    const now = performance.now();
    phases[phase] += (now - mark) / 1000;
    mark = now;
  };
  if (rollups === 'rebuild') await setRollupTriggers(exec, false);
  try {
    await client.query(
      `INSERT INTO users (id, name, id_number_cipher, id_number_hash, id_number_masked, updated_at)
       SELECT gen_random_uuid(), '市民' || g, 'bench', 'bench-' || g, '1201**********' || lpad((g % 10000)::text, 4, '0'), now()
       FROM generate_series(1, $1::int) g`,
      [options.citizens],
    );
    lap('citizens');
    await client.query(`
      CREATE TEMP TABLE bench_items AS
        SELECT row_number() OVER (ORDER BY code) - 1 AS k, id, department_id FROM service_items;
      CREATE TEMP TABLE bench_citizens AS
        SELECT row_number() OVER () - 1 AS k, id FROM users WHERE id_number_hash LIKE 'bench-%';
      ANALYZE bench_items; ANALYZE bench_citizens;`);
    await client.query(
      `WITH li AS (SELECT applicant_id AS id FROM cases WHERE business_number = '20191108095653989372'),
            rows AS (
              -- 李华's rows (every ($1/$2)th g) take their mix from their own number k, so that his lists get
              -- the hall's mix too (from g itself every one of them would be a 办结件)
              SELECT g, (own.k * 7919) % 1000 AS r, own.k AS k,
                     CASE WHEN g % ($1::int / $2::int) = 0 THEN (SELECT id FROM li) ELSE bc.id END AS applicant_id,
                     bi.id AS item_id, bi.department_id,
                     timestamptz '2020-01-01 00:00:00+08' + g * ($3::float8 / $1::int) * interval '1 second' AS at
              FROM generate_series(1, $1::int) g
              CROSS JOIN LATERAL (SELECT CASE WHEN g % ($1::int / $2::int) = 0 THEN g / ($1::int / $2::int)
                                              ELSE g END::bigint AS k) own
              JOIN bench_citizens bc ON bc.k = (g::bigint * 104729) % (SELECT count(*) FROM bench_citizens)
              JOIN bench_items bi ON bi.k = g % (SELECT count(*) FROM bench_items)),
            shaped AS (
              SELECT *, CASE WHEN r < 700 THEN 'COMPLETED' WHEN r < 780 THEN 'REJECTED' WHEN r < 840 THEN 'IN_PROGRESS'
                             WHEN r < 900 THEN 'ACCEPTED' WHEN r < 950 THEN 'RECEIVED' WHEN r < 975 THEN 'CORRECTION_REQUIRED'
                             WHEN r < 990 THEN 'ACCEPTED_ON_COMMITMENT' ELSE 'DRAFT' END::"CaseStatus" AS status,
                        CASE WHEN r >= 990 OR k % 10 < 6 THEN 'ONLINE' WHEN k % 10 < 8 THEN 'WINDOW'
                             ELSE 'INTERCONNECTED' END::"CaseSource" AS source
              FROM rows)
       INSERT INTO cases (id, business_number, source, origin_system, applicant_id, item_id, department_id, status,
                          applied_at, accepted_at, completed_at, status_changed_at, commitment_due_at, updated_at)
       SELECT gen_random_uuid(), 'B' || lpad(g::text, 12, '0'), source,
              CASE source WHEN 'ONLINE' THEN 'hall' WHEN 'WINDOW' THEN 'window' ELSE 'client:bench' END,
              applicant_id, item_id, department_id, status,
              CASE WHEN status = 'DRAFT' THEN NULL ELSE at END,
              CASE WHEN status IN ('COMPLETED', 'IN_PROGRESS', 'ACCEPTED', 'ACCEPTED_ON_COMMITMENT') THEN at + interval '1 day' END,
              CASE WHEN status IN ('COMPLETED', 'REJECTED') THEN at + interval '5 days' END,
              at + interval '5 days',
              CASE WHEN status = 'ACCEPTED_ON_COMMITMENT' THEN at + interval '15 days' END,
              now()
       FROM shaped`,
      [options.cases, options.ownCases, 6 * 365 * 24 * 3600],
    );
    lap('cases');
    // 好差评 at scale: every finished case evaluated, as the default sweep leaves them after 7 days: 60% by the
    // applicant (mostly good, 3.5% bad with a comment and a reply deadline), 40% by the sweep's default 基本满意.
    // The first bench citizen's `evaluationCases` cases, finished yesterday, stay open for the submit scenario.
    await client.query(
      `INSERT INTO evaluations (id, case_id, evaluator_id, level, comment, channel, is_default, submitted_at,
                                reply_due_at)
       SELECT gen_random_uuid(), c.id, CASE WHEN c.r >= 600 THEN NULL ELSE c.applicant_id END,
              CASE WHEN c.r >= 600 THEN 'BASIC' WHEN c.r < 340 THEN 'VERY_SATISFIED' WHEN c.r < 480 THEN 'SATISFIED'
                   WHEN c.r < 565 THEN 'BASIC' WHEN c.r < 585 THEN 'DISSATISFIED' ELSE 'VERY_DISSATISFIED' END::"EvaluationLevel",
              CASE WHEN c.r BETWEEN 565 AND 599 THEN '办理时间太长，窗口没有一次告知需要的材料' END,
              CASE WHEN c.r >= 600 THEN 'SYSTEM_DEFAULT' WHEN c.r % 2 = 0 THEN 'PC' ELSE 'MOBILE' END::"EvaluationChannel",
              c.r >= 600, c.completed_at + CASE WHEN c.r >= 600 THEN interval '8 days' ELSE interval '2 days' END,
              -- The reply deadline as the hall writes it (replyDueAtFor → naturalDayDeadline): 24:00 CST of
              -- the REPLY_WINDOW_DAYS-th natural day after the submission's day, not an arbitrary instant
              -- (which would give every bad review its own rollup row).
              CASE WHEN c.r BETWEEN 565 AND 599
                   THEN ("cst_day"(c.completed_at + interval '2 days') + ($1::int + 1))::timestamp
                        AT TIME ZONE 'Asia/Shanghai' END
       FROM (SELECT id, applicant_id, completed_at,
                    (('x' || substr(md5(id::text), 1, 8))::bit(32)::int & 1023) AS r
             FROM cases WHERE status = 'COMPLETED'
               AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.case_id = cases.id)) c`,
      [REPLY_WINDOW_DAYS],
    );
    await client.query(
      `INSERT INTO cases (id, business_number, source, origin_system, applicant_id, item_id, department_id, status,
                          applied_at, accepted_at, completed_at, status_changed_at, updated_at)
       SELECT gen_random_uuid(), 'E' || lpad(g::text, 12, '0'), 'ONLINE', 'hall',
              (SELECT id FROM users WHERE name = '市民1'), bi.id, bi.department_id, 'COMPLETED',
              now() - interval '4 days', now() - interval '3 days', now() - interval '1 day', now() - interval '1 day',
              now()
       FROM generate_series(1, $1::int) g
       JOIN bench_items bi ON bi.k = g % (SELECT count(*) FROM bench_items)`,
      [options.evaluationCases],
    );
    lap('evaluations');
    if (rollups === 'rebuild') {
      await setRollupTriggers(exec, true);
      await rebuildRollups(exec);
      lap('rollups');
    }
    await client.query('ANALYZE');
    lap('analyze');
    return phases;
  } finally {
    if (rollups === 'rebuild') await setRollupTriggers(exec, true).catch(() => undefined);
    await client.end();
  }
}
