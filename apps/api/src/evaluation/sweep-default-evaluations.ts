import { retryOnDeadlock } from '../db/retry-on-deadlock.ts';
import { HALL_TIME_ZONE } from '../lib/natural-days.ts';
import type { Db } from '../db/prisma.ts';
import { faultPoint } from '../lib/fault-points.ts';
import { EVALUATION_EVENTS } from './evaluation-outbox.ts';
import { EVALUATION_WINDOW_DAYS, evaluationDueBefore } from './evaluation-rules.ts';

type BatchRow = { scanned: bigint; inserted: bigint; last_at: string | null; last_id: string | null };

export interface SweepResult {
  inserted: number;
  batches: number;
}

/**
 * 系统默认评价: every completed case without an evaluation once its window has closed (completed on CST day D,
 * due from 24:00 CST of D+N, N = EVALUATION_WINDOW_DAYS) gets 基本满意, channel SYSTEM_DEFAULT, flagged default, no evaluator, submitted at
 * that deadline (so the outcome does not depend on when the sweep happened to run).
 *
 * Set-based and crash-safe: each batch is ONE statement (its own transaction) that walks the next `batchSize`
 * due cases in (completed_at, id) order and inserts the missing evaluations with ON CONFLICT (case_id) DO
 * NOTHING. A kill leaves whole batches; a rerun, a second run or a concurrent worker finds those cases
 * evaluated and skips them, and a citizen's evaluation racing the sweep wins or loses on the same unique index.
 * The cutoff is computed in SQL from `now` (the clock's), in Asia/Shanghai, never from the server's time zone.
 * Each default evaluation is reported as an `evaluation.default_given` outbox event by the same statement.
 */
export async function sweepDefaultEvaluations(
  db: Db,
  now: Date,
  options: {
    batchSize?: number;
    onBatch?: (inserted: number) => void;
    beforeNextBatch?: () => Promise<void>;
    /** the evaluation window in natural days (evaluation-rules.ts); another length only in the window test */
    windowDays?: number;
  } = {},
): Promise<SweepResult> {
  const batchSize = options.batchSize ?? 5000;
  const windowDays = options.windowDays ?? EVALUATION_WINDOW_DAYS;
  // Both instants come from evaluation-rules.ts: the SQL holds no number of days of its own.
  const dueBefore = evaluationDueBefore(now, windowDays).toISOString();
  const closesAfterDays = windowDays + 1;
  // Keyset position: the exact text of the last completed_at (no JS Date round trip) and id. The first batch
  // starts before everything, so every batch is one index range scan of cases_completed_sweep_idx.
  let afterAt = '-infinity';
  let afterId = '00000000-0000-0000-0000-000000000000';
  const result: SweepResult = { inserted: 0, batches: 0 };
  for (;;) {
    // One statement per batch, in its own transaction (the fault point sits before its commit); run again when
    // aborted as a deadlock victim: the transaction is atomic and skips cases already evaluated.
    const rows = await retryOnDeadlock(() =>
      db.$transaction(async (tx) => {
        const batch = await tx.$queryRaw<BatchRow[]>`
      WITH batch AS (
        SELECT c."id", c."completed_at" FROM "cases" c
         WHERE c."status" = 'COMPLETED'
           -- due when completed before 00:00 CST of (today - N): the D+N 24:00 deadline has been reached
           AND c."completed_at" < ${dueBefore}::timestamptz
           AND (c."completed_at", c."id") > (${afterAt}::timestamptz, ${afterId}::uuid)
         ORDER BY c."completed_at", c."id"
         LIMIT ${batchSize}
      ), inserted AS (
        INSERT INTO "evaluations" ("id", "case_id", "level", "channel", "is_default", "submitted_at")
        SELECT uuid_v7(${now.toISOString()}::timestamptz), b."id", 'BASIC', 'SYSTEM_DEFAULT', true,
               -- evaluationClosesAt: 24:00 CST of D+N = 00:00 CST of D+N+1
               (date_trunc('day', b."completed_at" AT TIME ZONE ${HALL_TIME_ZONE}::text)
                 + ${closesAfterDays}::int * interval '1 day') AT TIME ZONE ${HALL_TIME_ZONE}::text
          FROM batch b
        -- The unique index decides, by index look-up, whatever the planner thinks of the table's size (a
        -- NOT EXISTS anti-join planned as a sequential scan of a just-emptied table turned quadratic).
        ON CONFLICT ("case_id") DO NOTHING
        RETURNING "id", "case_id", "submitted_at"
      ), reported AS (
        -- Each default reported through the outbox in the same statement (evaluation-outbox.ts, defaultGiven).
        INSERT INTO "outbox_events" ("id", "type", "aggregate", "payload", "occurred_at")
        SELECT uuid_v7(i."submitted_at"), ${EVALUATION_EVENTS.defaultGiven}, outbox_serialise(i."case_id"::text),
               jsonb_build_object('evaluationId', i."id", 'caseId', i."case_id", 'level', 'BASIC',
                 'channel', 'SYSTEM_DEFAULT',
                 'submittedAt', to_char(i."submitted_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
               i."submitted_at"
          FROM inserted i
      ), last AS (
        SELECT "completed_at", "id" FROM batch ORDER BY "completed_at" DESC, "id" DESC LIMIT 1
      )
      SELECT (SELECT count(*) FROM batch) AS scanned, (SELECT count(*) FROM inserted) AS inserted,
             (SELECT "completed_at"::text FROM last) AS last_at, (SELECT "id"::text FROM last) AS last_id`;
        await faultPoint('sweep:after-batch-insert', tx);
        return batch;
      }),
    );
    const row = rows[0];
    if (!row || Number(row.scanned) === 0) return result;
    result.batches += 1;
    result.inserted += Number(row.inserted);
    options.onBatch?.(Number(row.inserted));
    afterAt = row.last_at!;
    afterId = row.last_id!;
    if (Number(row.scanned) < batchSize) return result;
    await options.beforeNextBatch?.();
  }
}
