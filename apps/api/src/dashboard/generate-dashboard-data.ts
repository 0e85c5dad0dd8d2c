import type { Db } from '../db/prisma.ts';
import { HALL_TIME_ZONE } from '../lib/natural-days.ts';
import { retryOnDeadlock } from '../db/retry-on-deadlock.ts';

/**
 * Test and bench data in a few set-based statements: `count` completed cases spread over the CST days of
 * [from, from + days), at the departments of the seeded clerks (each with its own clerk replying), every
 * source, each evaluated — about one in seven by the system (系统默认), one in five a 差评 — with dimension
 * scores, replies on time and late, and appeals (half of them upheld). Deterministic in the row number.
 * Each statement is atomic; the rollup triggers lock in key order, and a statement PostgreSQL still aborts as a
 * deadlock victim (another writer locking the same reviews in another order) is run again.
 */
export async function generateDashboardData(
  db: Db,
  options: { prefix: string; from: string; days: number; count: number },
): Promise<void> {
  const { prefix, from, days, count } = options;
  await retryOnDeadlock(
    () => db.$executeRaw`
    WITH staff AS (
      SELECT row_number() OVER (ORDER BY i."code") - 1 AS "n", i."id" AS "item_id", i."department_id", u."id" AS "clerk_id"
        FROM "service_items" i
        JOIN LATERAL (SELECT u."id" FROM "users" u WHERE 'DEPARTMENT_STAFF' = ANY (u."roles")
                        AND u."department_id" = i."department_id" ORDER BY u."id" LIMIT 1) u ON true
    ),
    applicant AS (SELECT "id" FROM "users" WHERE 'CITIZEN' = ANY ("roles") ORDER BY "id" LIMIT 1)
    INSERT INTO "cases" ("id", "business_number", "source", "origin_system", "applicant_id", "item_id",
      "department_id", "status", "applied_at", "accepted_at", "completed_at", "status_changed_at", "updated_at")
    SELECT gen_random_uuid(), ${prefix} || g, src::"CaseSource",
           CASE src WHEN 'ONLINE' THEN 'hall' WHEN 'WINDOW' THEN 'window' ELSE 'client:bench' END,
           (SELECT "id" FROM applicant), s."item_id", s."department_id", 'COMPLETED',
           t.applied, t.applied + interval '2 hours', t.applied + (g % 13) * interval '1 day' + interval '3 hours',
           t.applied + (g % 13) * interval '1 day' + interval '3 hours', now()
      FROM generate_series(1, ${count}) g
      CROSS JOIN LATERAL (SELECT (ARRAY['ONLINE', 'WINDOW', 'INTERCONNECTED'])[1 + g % 3] AS src) x
      CROSS JOIN LATERAL (SELECT (${from}::date + (g % ${days}))::timestamp AT TIME ZONE ${HALL_TIME_ZONE}::text
                                 + ((g * 37) % 600) * interval '1 minute' + interval '8 hours' AS applied) t
      JOIN staff s ON s."n" = g % (SELECT count(*) FROM staff)`,
  );
  await retryOnDeadlock(
    () => db.$executeRaw`
    INSERT INTO "evaluations" ("id", "case_id", "evaluator_id", "level", "comment", "channel", "is_default",
      "dimension_scores", "submitted_at", "reply_due_at")
    SELECT gen_random_uuid(), c."id", CASE WHEN d THEN NULL ELSE c."applicant_id" END, lvl::"EvaluationLevel",
           CASE WHEN lvl IN ('DISSATISFIED', 'VERY_DISSATISFIED') THEN '办理太慢' END,
           CASE WHEN d THEN 'SYSTEM_DEFAULT' ELSE 'PC' END::"EvaluationChannel", d,
           CASE WHEN d OR n % 2 = 0 THEN NULL
                WHEN c."source" = 'WINDOW' THEN jsonb_build_object('SERVICE_EFFICIENCY', 1 + n % 5, 'SERVICE_ATTITUDE', 1 + n % 3)
                ELSE jsonb_build_object('EFFICIENCY', 1 + n % 5, 'CONVENIENCE', 1 + (n / 3) % 5) END,
           sub, CASE WHEN lvl IN ('DISSATISFIED', 'VERY_DISSATISFIED')
                     THEN ("cst_day"(sub) + 16)::timestamp AT TIME ZONE ${HALL_TIME_ZONE}::text END
      FROM "cases" c
      CROSS JOIN LATERAL (SELECT substring(c."business_number" FROM ${prefix.length + 1}::int)::int AS n) k
      CROSS JOIN LATERAL (SELECT n % 7 = 0 AS d) dd
      CROSS JOIN LATERAL (SELECT CASE WHEN d THEN 'BASIC'
                                 ELSE (ARRAY['VERY_SATISFIED', 'SATISFIED', 'VERY_SATISFIED', 'BASIC', 'DISSATISFIED',
                                             'SATISFIED', 'VERY_DISSATISFIED', 'VERY_SATISFIED', 'SATISFIED', 'DISSATISFIED'])[1 + n % 10]
                                 END AS lvl) l
      CROSS JOIN LATERAL (SELECT c."completed_at" + (n % 5) * interval '1 day' + interval '1 hour' AS sub) s
     WHERE c."business_number" LIKE ${prefix + '%'} AND c."status" = 'COMPLETED'`,
  );
  await retryOnDeadlock(
    () => db.$executeRaw`
    INSERT INTO "evaluation_replies" ("id", "evaluation_id", "kind", "author_id", "body", "created_at")
    SELECT gen_random_uuid(), e."id", 'REPLY', u."id", '已整改',
           CASE WHEN k.n % 3 = 0 THEN e."submitted_at" + interval '2 days' ELSE e."reply_due_at" + interval '1 day' END
      FROM "evaluations" e JOIN "cases" c ON c."id" = e."case_id"
      CROSS JOIN LATERAL (SELECT substring(c."business_number" FROM ${prefix.length + 1}::int)::int AS n) k
      JOIN LATERAL (SELECT u."id" FROM "users" u WHERE 'DEPARTMENT_STAFF' = ANY (u."roles")
                      AND u."department_id" = c."department_id" ORDER BY u."id" LIMIT 1) u ON true
     WHERE c."business_number" LIKE ${prefix + '%'} AND e."reply_due_at" IS NOT NULL AND k.n % 3 <> 2`,
  );
  await retryOnDeadlock(
    () => db.$executeRaw`
    INSERT INTO "evaluation_appeals" ("id", "evaluation_id", "department_id", "filed_by_id", "reason")
    SELECT gen_random_uuid(), e."id", c."department_id", u."id", '恶意评价'
      FROM "evaluations" e JOIN "cases" c ON c."id" = e."case_id"
      CROSS JOIN LATERAL (SELECT substring(c."business_number" FROM ${prefix.length + 1}::int)::int AS n) k
      JOIN LATERAL (SELECT u."id" FROM "users" u WHERE 'DEPARTMENT_STAFF' = ANY (u."roles")
                      AND u."department_id" = c."department_id" ORDER BY u."id" LIMIT 1) u ON true
     WHERE c."business_number" LIKE ${prefix + '%'} AND e."reply_due_at" IS NOT NULL AND k.n % 4 = 0`,
  );
  await retryOnDeadlock(
    () => db.$executeRaw`
    UPDATE "evaluation_appeals" a
       SET "status" = CASE WHEN k.n % 8 = 0 THEN 'UPHELD' ELSE 'DISMISSED' END::"AppealStatus",
           "decided_at" = now(), "decided_by_id" = (SELECT "id" FROM "users" WHERE 'SUPERVISOR' = ANY ("roles") LIMIT 1)
      FROM "evaluations" e JOIN "cases" c ON c."id" = e."case_id"
      CROSS JOIN LATERAL (SELECT substring(c."business_number" FROM ${prefix.length + 1}::int)::int AS n) k
     WHERE a."evaluation_id" = e."id" AND c."business_number" LIKE ${prefix + '%'} AND a."status" = 'PENDING'`,
  );
}
