-- Dashboards (issue 19): rollup tables kept exact by triggers in the writing transaction, so a dashboard reads a
-- period few rollup rows instead of rescanning history. Each *_from_raw view is the same figure computed
-- from the raw rows: the migration fills the rollups from it, and the tests compare the two after concurrent
-- changes. Function bodies are E-quoted strings with \073 for each semicolon (see the invariants migration).

-- A department head, like its staff, belongs to one department.
ALTER TABLE "users" ADD CONSTRAINT "users_department_head_has_department"
  CHECK (NOT ('DEPARTMENT_HEAD' = ANY ("roles")) OR "department_id" IS NOT NULL);

-- ---------- working-day calendar (办件时效) ----------
-- Days that differ from the Monday-Friday rule: public holidays (is_workday false) and 调休 weekend working
-- days (true), from the State Council published calendars, the rows are the data file
-- apps/api/src/dashboard/work-calendar.json (a test keeps the two equal).
CREATE TABLE "work_calendar_days" (
  "day" date PRIMARY KEY,
  "is_workday" boolean NOT NULL,
  "name" text NOT NULL
);
INSERT INTO "work_calendar_days" ("day", "is_workday", "name") VALUES
  ('2025-01-01', false, '元旦'),
  ('2025-01-26', true, '春节调休上班'),
  ('2025-01-28', false, '春节'), ('2025-01-29', false, '春节'), ('2025-01-30', false, '春节'),
  ('2025-01-31', false, '春节'), ('2025-02-01', false, '春节'), ('2025-02-02', false, '春节'),
  ('2025-02-03', false, '春节'), ('2025-02-04', false, '春节'),
  ('2025-02-08', true, '春节调休上班'),
  ('2025-04-04', false, '清明节'), ('2025-04-05', false, '清明节'), ('2025-04-06', false, '清明节'),
  ('2025-04-27', true, '劳动节调休上班'),
  ('2025-05-01', false, '劳动节'), ('2025-05-02', false, '劳动节'), ('2025-05-03', false, '劳动节'),
  ('2025-05-04', false, '劳动节'), ('2025-05-05', false, '劳动节'),
  ('2025-05-31', false, '端午节'), ('2025-06-01', false, '端午节'), ('2025-06-02', false, '端午节'),
  ('2025-09-28', true, '国庆节、中秋节调休上班'),
  ('2025-10-01', false, '国庆节、中秋节'), ('2025-10-02', false, '国庆节、中秋节'),
  ('2025-10-03', false, '国庆节、中秋节'), ('2025-10-04', false, '国庆节、中秋节'),
  ('2025-10-05', false, '国庆节、中秋节'), ('2025-10-06', false, '国庆节、中秋节'),
  ('2025-10-07', false, '国庆节、中秋节'), ('2025-10-08', false, '国庆节、中秋节'),
  ('2025-10-11', true, '国庆节、中秋节调休上班'),
  ('2026-01-01', false, '元旦'), ('2026-01-02', false, '元旦'), ('2026-01-03', false, '元旦'),
  ('2026-01-04', true, '元旦调休上班'),
  ('2026-02-14', true, '春节调休上班'),
  ('2026-02-15', false, '春节'), ('2026-02-16', false, '春节'), ('2026-02-17', false, '春节'),
  ('2026-02-18', false, '春节'), ('2026-02-19', false, '春节'), ('2026-02-20', false, '春节'),
  ('2026-02-21', false, '春节'), ('2026-02-22', false, '春节'), ('2026-02-23', false, '春节'),
  ('2026-02-28', true, '春节调休上班'),
  ('2026-04-04', false, '清明节'), ('2026-04-05', false, '清明节'), ('2026-04-06', false, '清明节'),
  ('2026-05-01', false, '劳动节'), ('2026-05-02', false, '劳动节'), ('2026-05-03', false, '劳动节'),
  ('2026-05-04', false, '劳动节'), ('2026-05-05', false, '劳动节'),
  ('2026-05-09', true, '劳动节调休上班'),
  ('2026-06-19', false, '端午节'), ('2026-06-20', false, '端午节'), ('2026-06-21', false, '端午节'),
  ('2026-09-20', true, '国庆节调休上班'),
  ('2026-09-25', false, '中秋节'), ('2026-09-26', false, '中秋节'), ('2026-09-27', false, '中秋节'),
  ('2026-10-01', false, '国庆节'), ('2026-10-02', false, '国庆节'), ('2026-10-03', false, '国庆节'),
  ('2026-10-04', false, '国庆节'), ('2026-10-05', false, '国庆节'), ('2026-10-06', false, '国庆节'),
  ('2026-10-07', false, '国庆节'),
  ('2026-10-10', true, '国庆节调休上班');

-- Working days after day "a" up to and including day "b" (0 when completed on the day of acceptance).
CREATE FUNCTION "working_days_between"("a" date, "b" date) RETURNS integer LANGUAGE sql STABLE AS
'SELECT count(*)::integer FROM generate_series("a" + 1, "b", interval ''1 day'') AS g("d")
   LEFT JOIN "work_calendar_days" w ON w."day" = g."d"::date
  WHERE COALESCE(w."is_workday", extract(isodow FROM g."d") < 6)';

CREATE FUNCTION "cst_day"("at" timestamptz) RETURNS date LANGUAGE sql IMMUTABLE AS
'SELECT ("at" AT TIME ZONE ''Asia/Shanghai'')::date';

-- ---------- 好差评 rollups ----------
-- One row per CST day of submission, department, item and reply deadline (infinity for reviews that need
-- no reply), so "overdue at a given instant" stays exact: unanswered bad reviews of a row are overdue once its
-- deadline has passed. Counts follow compute-evaluation-figures.ts: reviews with an upheld appeal count only
-- in excluded_by_appeal.
CREATE TABLE "evaluation_rollups" (
  "day" date NOT NULL,
  "department_id" uuid NOT NULL,
  "item_id" uuid NOT NULL,
  "reply_due_at" timestamptz(3) NOT NULL,
  "total" integer NOT NULL DEFAULT 0,
  "active" integer NOT NULL DEFAULT 0,
  "defaults" integer NOT NULL DEFAULT 0,
  "very_satisfied" integer NOT NULL DEFAULT 0,
  "satisfied" integer NOT NULL DEFAULT 0,
  "basic" integer NOT NULL DEFAULT 0,
  "dissatisfied" integer NOT NULL DEFAULT 0,
  "very_dissatisfied" integer NOT NULL DEFAULT 0,
  "bad" integer NOT NULL DEFAULT 0,
  "replied" integer NOT NULL DEFAULT 0,
  "replied_on_time" integer NOT NULL DEFAULT 0,
  "replied_late" integer NOT NULL DEFAULT 0,
  "excluded_by_appeal" integer NOT NULL DEFAULT 0,
  CONSTRAINT "evaluation_rollups_pkey" PRIMARY KEY ("day", "department_id", "item_id", "reply_due_at")
);

-- Dimension scores: sum and count per day, department, item and dimension (averages = sum / count).
CREATE TABLE "evaluation_score_rollups" (
  "day" date NOT NULL,
  "department_id" uuid NOT NULL,
  "item_id" uuid NOT NULL,
  "dimension" text NOT NULL,
  "score_sum" integer NOT NULL DEFAULT 0,
  "score_count" integer NOT NULL DEFAULT 0,
  CONSTRAINT "evaluation_score_rollups_pkey" PRIMARY KEY ("day", "department_id", "item_id", "dimension")
);

CREATE VIEW "evaluation_rollups_from_raw" AS
  WITH ev AS (
    SELECT "cst_day"(e."submitted_at") AS "day", c."department_id", c."item_id",
           COALESCE(e."reply_due_at", 'infinity') AS "reply_due_at", e."level", e."is_default",
           e."reply_due_at" IS NOT NULL AS "is_bad", r."created_at" AS "replied_at", e."reply_due_at" AS "due",
           (a."status" IS NOT DISTINCT FROM 'UPHELD') AS "x"
      FROM "evaluations" e
      JOIN "cases" c ON c."id" = e."case_id"
      LEFT JOIN "evaluation_replies" r ON r."evaluation_id" = e."id" AND r."kind" = 'REPLY'
      LEFT JOIN "evaluation_appeals" a ON a."evaluation_id" = e."id"
  )
  SELECT "day", "department_id", "item_id", "reply_due_at",
    (count(*) FILTER (WHERE NOT "x"))::integer AS "total",
    (count(*) FILTER (WHERE NOT "x" AND NOT "is_default"))::integer AS "active",
    (count(*) FILTER (WHERE NOT "x" AND "is_default"))::integer AS "defaults",
    (count(*) FILTER (WHERE NOT "x" AND "level" = 'VERY_SATISFIED'))::integer AS "very_satisfied",
    (count(*) FILTER (WHERE NOT "x" AND "level" = 'SATISFIED'))::integer AS "satisfied",
    (count(*) FILTER (WHERE NOT "x" AND "level" = 'BASIC'))::integer AS "basic",
    (count(*) FILTER (WHERE NOT "x" AND "level" = 'DISSATISFIED'))::integer AS "dissatisfied",
    (count(*) FILTER (WHERE NOT "x" AND "level" = 'VERY_DISSATISFIED'))::integer AS "very_dissatisfied",
    (count(*) FILTER (WHERE NOT "x" AND "is_bad"))::integer AS "bad",
    (count(*) FILTER (WHERE NOT "x" AND "is_bad" AND "replied_at" IS NOT NULL))::integer AS "replied",
    (count(*) FILTER (WHERE NOT "x" AND "replied_at" < "due"))::integer AS "replied_on_time",
    (count(*) FILTER (WHERE NOT "x" AND "replied_at" >= "due"))::integer AS "replied_late",
    (count(*) FILTER (WHERE "x"))::integer AS "excluded_by_appeal"
  FROM ev GROUP BY "day", "department_id", "item_id", "reply_due_at";

CREATE VIEW "evaluation_score_rollups_from_raw" AS
  SELECT "cst_day"(e."submitted_at") AS "day", c."department_id", c."item_id", kv."key" AS "dimension",
         sum(kv."value"::integer)::integer AS "score_sum", count(*)::integer AS "score_count"
    FROM "evaluations" e
    JOIN "cases" c ON c."id" = e."case_id"
    CROSS JOIN LATERAL jsonb_each_text(e."dimension_scores") AS kv("key", "value")
   WHERE NOT EXISTS (SELECT 1 FROM "evaluation_appeals" a WHERE a."evaluation_id" = e."id" AND a."status" = 'UPHELD')
   GROUP BY 1, 2, 3, 4;

-- Adds sign × one evaluation contribution, as it stands now (its reply only when with_reply, nothing but
-- excluded_by_appeal when excluded).
CREATE FUNCTION "evaluation_rollup_add"("ev_id" uuid, "sign" integer, "excluded" boolean, "with_reply" boolean)
RETURNS void LANGUAGE plpgsql AS E'
DECLARE
  e record\073
  replied_at timestamptz\073
  n integer := CASE WHEN "excluded" THEN 0 ELSE "sign" END\073
BEGIN
  SELECT ev."level", ev."is_default", ev."submitted_at", ev."reply_due_at", ev."dimension_scores",
         c."department_id", c."item_id"
    INTO e FROM "evaluations" ev JOIN "cases" c ON c."id" = ev."case_id" WHERE ev."id" = "ev_id"\073
  IF "with_reply" THEN
    SELECT r."created_at" INTO replied_at FROM "evaluation_replies" r
     WHERE r."evaluation_id" = "ev_id" AND r."kind" = ''REPLY''\073
  END IF\073
  INSERT INTO "evaluation_rollups" AS t ("day", "department_id", "item_id", "reply_due_at", "total", "active",
      "defaults", "very_satisfied", "satisfied", "basic", "dissatisfied", "very_dissatisfied", "bad", "replied",
      "replied_on_time", "replied_late", "excluded_by_appeal")
  VALUES ("cst_day"(e."submitted_at"), e."department_id", e."item_id", COALESCE(e."reply_due_at", ''infinity''),
      n, CASE WHEN e."is_default" THEN 0 ELSE n END, CASE WHEN e."is_default" THEN n ELSE 0 END,
      CASE WHEN e."level" = ''VERY_SATISFIED'' THEN n ELSE 0 END, CASE WHEN e."level" = ''SATISFIED'' THEN n ELSE 0 END,
      CASE WHEN e."level" = ''BASIC'' THEN n ELSE 0 END, CASE WHEN e."level" = ''DISSATISFIED'' THEN n ELSE 0 END,
      CASE WHEN e."level" = ''VERY_DISSATISFIED'' THEN n ELSE 0 END,
      CASE WHEN e."reply_due_at" IS NOT NULL THEN n ELSE 0 END,
      CASE WHEN replied_at IS NOT NULL THEN n ELSE 0 END,
      CASE WHEN replied_at < e."reply_due_at" THEN n ELSE 0 END,
      CASE WHEN replied_at >= e."reply_due_at" THEN n ELSE 0 END,
      CASE WHEN "excluded" THEN "sign" ELSE 0 END)
  ON CONFLICT ("day", "department_id", "item_id", "reply_due_at") DO UPDATE SET
      "total" = t."total" + EXCLUDED."total", "active" = t."active" + EXCLUDED."active",
      "defaults" = t."defaults" + EXCLUDED."defaults",
      "very_satisfied" = t."very_satisfied" + EXCLUDED."very_satisfied",
      "satisfied" = t."satisfied" + EXCLUDED."satisfied", "basic" = t."basic" + EXCLUDED."basic",
      "dissatisfied" = t."dissatisfied" + EXCLUDED."dissatisfied",
      "very_dissatisfied" = t."very_dissatisfied" + EXCLUDED."very_dissatisfied",
      "bad" = t."bad" + EXCLUDED."bad", "replied" = t."replied" + EXCLUDED."replied",
      "replied_on_time" = t."replied_on_time" + EXCLUDED."replied_on_time",
      "replied_late" = t."replied_late" + EXCLUDED."replied_late",
      "excluded_by_appeal" = t."excluded_by_appeal" + EXCLUDED."excluded_by_appeal"\073
  IF n <> 0 AND e."dimension_scores" IS NOT NULL THEN
    INSERT INTO "evaluation_score_rollups" AS t ("day", "department_id", "item_id", "dimension", "score_sum", "score_count")
    SELECT "cst_day"(e."submitted_at"), e."department_id", e."item_id", kv."key", n * kv."value"::integer, n
      FROM jsonb_each_text(e."dimension_scores") AS kv("key", "value") ORDER BY kv."key"
    ON CONFLICT ("day", "department_id", "item_id", "dimension") DO UPDATE SET
      "score_sum" = t."score_sum" + EXCLUDED."score_sum", "score_count" = t."score_count" + EXCLUDED."score_count"\073
  END IF\073
END\073
';

-- New evaluations (one submission, or a sweep batch of thousands): one aggregated upsert per key, in key order
-- so concurrent batches never deadlock on the rollup rows.
CREATE FUNCTION "evaluation_rollups_on_insert"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "evaluation_rollups" AS t ("day", "department_id", "item_id", "reply_due_at", "total", "active",
      "defaults", "very_satisfied", "satisfied", "basic", "dissatisfied", "very_dissatisfied", "bad")
  SELECT "cst_day"(n."submitted_at"), c."department_id", c."item_id", COALESCE(n."reply_due_at", ''infinity''),
      count(*), count(*) FILTER (WHERE NOT n."is_default"), count(*) FILTER (WHERE n."is_default"),
      count(*) FILTER (WHERE n."level" = ''VERY_SATISFIED''), count(*) FILTER (WHERE n."level" = ''SATISFIED''),
      count(*) FILTER (WHERE n."level" = ''BASIC''), count(*) FILTER (WHERE n."level" = ''DISSATISFIED''),
      count(*) FILTER (WHERE n."level" = ''VERY_DISSATISFIED''), count(*) FILTER (WHERE n."reply_due_at" IS NOT NULL)
    FROM new_rows n JOIN "cases" c ON c."id" = n."case_id"
   GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("day", "department_id", "item_id", "reply_due_at") DO UPDATE SET
      "total" = t."total" + EXCLUDED."total", "active" = t."active" + EXCLUDED."active",
      "defaults" = t."defaults" + EXCLUDED."defaults",
      "very_satisfied" = t."very_satisfied" + EXCLUDED."very_satisfied",
      "satisfied" = t."satisfied" + EXCLUDED."satisfied", "basic" = t."basic" + EXCLUDED."basic",
      "dissatisfied" = t."dissatisfied" + EXCLUDED."dissatisfied",
      "very_dissatisfied" = t."very_dissatisfied" + EXCLUDED."very_dissatisfied",
      "bad" = t."bad" + EXCLUDED."bad"\073
  INSERT INTO "evaluation_score_rollups" AS t ("day", "department_id", "item_id", "dimension", "score_sum", "score_count")
  SELECT "cst_day"(n."submitted_at"), c."department_id", c."item_id", kv."key", sum(kv."value"::integer), count(*)
    FROM new_rows n JOIN "cases" c ON c."id" = n."case_id"
    CROSS JOIN LATERAL jsonb_each_text(n."dimension_scores") AS kv("key", "value")
   GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("day", "department_id", "item_id", "dimension") DO UPDATE SET
      "score_sum" = t."score_sum" + EXCLUDED."score_sum", "score_count" = t."score_count" + EXCLUDED."score_count"\073
  RETURN NULL\073
END\073
';
CREATE TRIGGER "evaluations_rollups" AFTER INSERT ON "evaluations"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "evaluation_rollups_on_insert"();

-- A reply and an appeal decision on the same review serialize on the review row lock, and each reads the
-- other committed state after taking it (READ COMMITTED takes a new snapshot per statement), so whichever
-- commits second sees the first.
CREATE FUNCTION "evaluation_rollups_on_reply"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM 1 FROM "evaluations" WHERE "id" = NEW."evaluation_id" FOR NO KEY UPDATE\073
  IF NOT EXISTS (SELECT 1 FROM "evaluation_appeals" a WHERE a."evaluation_id" = NEW."evaluation_id" AND a."status" = ''UPHELD'') THEN
    PERFORM "evaluation_rollup_add"(NEW."evaluation_id", -1, false, false)\073
    PERFORM "evaluation_rollup_add"(NEW."evaluation_id", 1, false, true)\073
  END IF\073
  RETURN NULL\073
END\073
';
CREATE TRIGGER "evaluation_replies_rollups" AFTER INSERT ON "evaluation_replies"
  FOR EACH ROW WHEN (NEW."kind" = 'REPLY') EXECUTE FUNCTION "evaluation_rollups_on_reply"();

CREATE FUNCTION "evaluation_rollups_on_appeal_upheld"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM 1 FROM "evaluations" WHERE "id" = NEW."evaluation_id" FOR NO KEY UPDATE\073
  PERFORM "evaluation_rollup_add"(NEW."evaluation_id", -1, false, true)\073
  PERFORM "evaluation_rollup_add"(NEW."evaluation_id", 1, true, true)\073
  RETURN NULL\073
END\073
';
CREATE TRIGGER "evaluation_appeals_rollups" AFTER UPDATE ON "evaluation_appeals"
  FOR EACH ROW WHEN (OLD."status" <> 'UPHELD' AND NEW."status" = 'UPHELD')
  EXECUTE FUNCTION "evaluation_rollups_on_appeal_upheld"();

-- ---------- 办件 rollups ----------
-- Per CST day, department, item and source: cases applied (申请, drafts excluded) and completed (办结), the
-- completed ones by working days from 受理 (or 申请 when never marked accepted) to 办结 and whether that passed
-- the item 承诺时限 (promised_days as in force at completion), so median/p90 come from the histogram.
CREATE TABLE "case_rollups" (
  "day" date NOT NULL,
  "department_id" uuid NOT NULL,
  "item_id" uuid NOT NULL,
  "source" "CaseSource" NOT NULL,
  "event" text NOT NULL,
  "working_days" integer NOT NULL,
  "past_promise" boolean NOT NULL,
  "count" integer NOT NULL DEFAULT 0,
  CONSTRAINT "case_rollups_pkey" PRIMARY KEY ("day", "department_id", "item_id", "source", "event", "working_days", "past_promise"),
  CONSTRAINT "case_rollups_event" CHECK ("event" IN ('APPLIED', 'COMPLETED'))
);

-- Cases by current status (the lists 在办件, 办结件, ...), per department, item and source.
CREATE TABLE "case_status_rollups" (
  "department_id" uuid NOT NULL,
  "item_id" uuid NOT NULL,
  "source" "CaseSource" NOT NULL,
  "status" "CaseStatus" NOT NULL,
  "count" integer NOT NULL DEFAULT 0,
  CONSTRAINT "case_status_rollups_pkey" PRIMARY KEY ("department_id", "item_id", "source", "status")
);

-- The rollup keys one case row contributes (used for old rows with -1 and new rows with +1).
CREATE FUNCTION "case_rollup_keys"("c" "cases") RETURNS TABLE ("day" date, "event" text, "working_days" integer, "past_promise" boolean)
LANGUAGE sql STABLE AS
'SELECT "cst_day"(($1)."applied_at"), ''APPLIED'', -1, false WHERE ($1)."status" <> ''DRAFT'' AND ($1)."applied_at" IS NOT NULL
 UNION ALL
 SELECT "cst_day"(($1)."completed_at"), ''COMPLETED'', w.d, COALESCE(w.d > i."promised_days", false)
   FROM "service_items" i,
        LATERAL (SELECT "working_days_between"("cst_day"(COALESCE(($1)."accepted_at", ($1)."applied_at", ($1)."completed_at")), "cst_day"(($1)."completed_at")) AS d) w
  WHERE ($1)."status" = ''COMPLETED'' AND ($1)."completed_at" IS NOT NULL AND i."id" = ($1)."item_id"';

CREATE VIEW "case_rollups_from_raw" AS
  SELECT k."day", c."department_id", c."item_id", c."source", k."event", k."working_days", k."past_promise",
         count(*)::integer AS "count"
    FROM "cases" c CROSS JOIN LATERAL "case_rollup_keys"(c) k
   GROUP BY 1, 2, 3, 4, 5, 6, 7;

CREATE VIEW "case_status_rollups_from_raw" AS
  SELECT "department_id", "item_id", "source", "status", count(*)::integer AS "count"
    FROM "cases" GROUP BY 1, 2, 3, 4;

-- Statement-level: the old rows keys count -1 and the new rows +1, summed per key and applied in key order
-- (so concurrent batches never deadlock on rollup rows), a row-level lock on each case orders its own changes.
CREATE FUNCTION "case_rollups_apply"("old_cases" "cases"[], "new_cases" "cases"[]) RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "case_rollups" AS t
  SELECT k."day", c."department_id", c."item_id", c."source", k."event", k."working_days", k."past_promise", sum(d."sign")
    FROM (SELECT o, -1 FROM unnest("old_cases") o UNION ALL SELECT n, 1 FROM unnest("new_cases") n) AS d("row", "sign")
    CROSS JOIN LATERAL (SELECT (d."row").*) c
    CROSS JOIN LATERAL "case_rollup_keys"(d."row") k
   GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(d."sign") <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT ("day", "department_id", "item_id", "source", "event", "working_days", "past_promise")
  DO UPDATE SET "count" = t."count" + EXCLUDED."count"\073
  INSERT INTO "case_status_rollups" AS t
  SELECT (d."row")."department_id", (d."row")."item_id", (d."row")."source", (d."row")."status", sum(d."sign")
    FROM (SELECT o, -1 FROM unnest("old_cases") o UNION ALL SELECT n, 1 FROM unnest("new_cases") n) AS d("row", "sign")
   GROUP BY 1, 2, 3, 4 HAVING sum(d."sign") <> 0 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("department_id", "item_id", "source", "status") DO UPDATE SET "count" = t."count" + EXCLUDED."count"\073
END\073
';
CREATE FUNCTION "case_rollups_on_insert"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "case_rollups_apply"(ARRAY[]::"cases"[], ARRAY(SELECT n::"cases" FROM new_rows n))\073
  RETURN NULL\073
END\073
';
CREATE FUNCTION "case_rollups_on_update"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "case_rollups_apply"(ARRAY(SELECT o::"cases" FROM old_rows o), ARRAY(SELECT n::"cases" FROM new_rows n))\073
  RETURN NULL\073
END\073
';
CREATE FUNCTION "case_rollups_on_delete"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "case_rollups_apply"(ARRAY(SELECT o::"cases" FROM old_rows o), ARRAY[]::"cases"[])\073
  RETURN NULL\073
END\073
';
CREATE TRIGGER "cases_rollups_insert" AFTER INSERT ON "cases"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "case_rollups_on_insert"();
CREATE TRIGGER "cases_rollups_update" AFTER UPDATE ON "cases"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "case_rollups_on_update"();
CREATE TRIGGER "cases_rollups_delete" AFTER DELETE ON "cases"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "case_rollups_on_delete"();

-- Fill the rollups from the rows already there.
INSERT INTO "evaluation_rollups" SELECT * FROM "evaluation_rollups_from_raw";
INSERT INTO "evaluation_score_rollups" SELECT * FROM "evaluation_score_rollups_from_raw";
INSERT INTO "case_rollups" SELECT * FROM "case_rollups_from_raw";
INSERT INTO "case_status_rollups" SELECT * FROM "case_status_rollups_from_raw";

-- The dashboards read a period rows per department (and the 公示 page all departments).
CREATE INDEX "evaluation_rollups_department_id_day_idx" ON "evaluation_rollups" ("department_id", "day");
CREATE INDEX "case_rollups_department_id_day_idx" ON "case_rollups" ("department_id", "day");
