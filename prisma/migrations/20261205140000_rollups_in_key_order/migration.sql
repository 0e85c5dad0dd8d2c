-- Every change to the evaluation rollups goes through one function that sums the changes per key and applies
-- them in key order, as case changes already do (case_rollups_apply in 20261204151500_dashboard_rollups).
-- Replies and upheld appeals used to update the rollups row by row: two statements each writing many replies
-- (or deciding many appeals) for the same days and items took the rollup rows' locks in their scan orders and
-- one was aborted as a deadlock victim (40P01, seen in CI once the bulk generator's five retries ran out). Now
-- the reply and appeal triggers are statement-level: each first locks the reviews it touches in id order, then
-- reads their reply and appeal state (a new snapshot per statement at READ COMMITTED, so a reply and a decision
-- on the same review still see each other), then applies its changes through the one function.
--
-- What one review contributes is written once, in evaluation_rollup_row and evaluation_score_rows, and the
-- *_from_raw views stay an independent recomputation (the tests compare the two).
--
-- Function bodies are E'' strings with \073 for each semicolon (see 20261126145100_invariants).

DROP TRIGGER "evaluation_replies_rollups" ON "evaluation_replies";
DROP TRIGGER "evaluation_appeals_rollups" ON "evaluation_appeals";
DROP FUNCTION "evaluation_rollups_on_reply"();
DROP FUNCTION "evaluation_rollups_on_appeal_upheld"();
DROP FUNCTION "evaluation_rollup_add"(uuid, integer, boolean, boolean);

-- One review's row in evaluation_rollups: its reply counted when replied_at is given, and when excluded (an upheld
-- appeal) it counts only in excluded_by_appeal. ($1 review, $2 its case's item, $3 replied_at, $4 excluded.)
CREATE FUNCTION "evaluation_rollup_row"("evaluations", uuid, timestamptz, boolean) RETURNS "evaluation_rollups"
  LANGUAGE sql IMMUTABLE AS E'
  SELECT ROW("cst_day"(($1)."submitted_at"), ($1)."department_id", $2, COALESCE(($1)."reply_due_at", ''infinity''),
    n, CASE WHEN ($1)."is_default" THEN 0 ELSE n END, CASE WHEN ($1)."is_default" THEN n ELSE 0 END,
    CASE WHEN ($1)."level" = ''VERY_SATISFIED'' THEN n ELSE 0 END, CASE WHEN ($1)."level" = ''SATISFIED'' THEN n ELSE 0 END,
    CASE WHEN ($1)."level" = ''BASIC'' THEN n ELSE 0 END, CASE WHEN ($1)."level" = ''DISSATISFIED'' THEN n ELSE 0 END,
    CASE WHEN ($1)."level" = ''VERY_DISSATISFIED'' THEN n ELSE 0 END,
    CASE WHEN ($1)."reply_due_at" IS NOT NULL THEN n ELSE 0 END,
    CASE WHEN $3 IS NOT NULL AND ($1)."reply_due_at" IS NOT NULL THEN n ELSE 0 END,
    CASE WHEN $3 < ($1)."reply_due_at" THEN n ELSE 0 END,
    CASE WHEN $3 >= ($1)."reply_due_at" THEN n ELSE 0 END,
    CASE WHEN $4 THEN 1 ELSE 0 END)::"evaluation_rollups"
  FROM (SELECT CASE WHEN $4 THEN 0 ELSE 1 END AS n) k';

-- One review's rows in evaluation_score_rollups: a row per dimension it scored.
CREATE FUNCTION "evaluation_score_rows"("evaluations", uuid) RETURNS SETOF "evaluation_score_rollups"
  LANGUAGE sql IMMUTABLE AS E'
  SELECT "cst_day"(($1)."submitted_at"), ($1)."department_id", $2, kv."key", kv."value"::integer, 1
    FROM jsonb_each_text(($1)."dimension_scores") AS kv("key", "value")';

-- Takes the rows in minus away and adds the rows in plus: one summed upsert per key, in key order, so
-- concurrent writers never lock rollup rows in opposite orders.
CREATE FUNCTION "evaluation_rollups_apply"("minus" "evaluation_rollups"[], "plus" "evaluation_rollups"[])
RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "evaluation_rollups" AS t
  SELECT d."day", d."department_id", d."item_id", d."reply_due_at", sum(d."s" * d."total"), sum(d."s" * d."active"),
      sum(d."s" * d."defaults"), sum(d."s" * d."very_satisfied"), sum(d."s" * d."satisfied"), sum(d."s" * d."basic"),
      sum(d."s" * d."dissatisfied"), sum(d."s" * d."very_dissatisfied"), sum(d."s" * d."bad"),
      sum(d."s" * d."replied"), sum(d."s" * d."replied_on_time"), sum(d."s" * d."replied_late"),
      sum(d."s" * d."excluded_by_appeal")
    FROM (SELECT m.*, -1 AS "s" FROM unnest("minus") m UNION ALL SELECT p.*, 1 FROM unnest("plus") p) d
   GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
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
END\073
';

CREATE FUNCTION "evaluation_score_rollups_apply"("minus" "evaluation_score_rollups"[], "plus" "evaluation_score_rollups"[])
RETURNS void LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "evaluation_score_rollups" AS t
  SELECT d."day", d."department_id", d."item_id", d."dimension", sum(d."s" * d."score_sum"), sum(d."s" * d."score_count")
    FROM (SELECT m.*, -1 AS "s" FROM unnest("minus") m UNION ALL SELECT p.*, 1 FROM unnest("plus") p) d
   GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("day", "department_id", "item_id", "dimension") DO UPDATE SET
      "score_sum" = t."score_sum" + EXCLUDED."score_sum", "score_count" = t."score_count" + EXCLUDED."score_count"\073
END\073
';

-- New evaluations (one submission, or a sweep batch of thousands).
CREATE OR REPLACE FUNCTION "evaluation_rollups_on_insert"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "evaluation_rollups_apply"(ARRAY[]::"evaluation_rollups"[],
    ARRAY(SELECT "evaluation_rollup_row"(n::"evaluations", c."item_id", NULL, false)
            FROM new_rows n JOIN "cases" c ON c."id" = n."case_id"))\073
  PERFORM "evaluation_score_rollups_apply"(ARRAY[]::"evaluation_score_rollups"[],
    ARRAY(SELECT s FROM new_rows n JOIN "cases" c ON c."id" = n."case_id",
                 LATERAL "evaluation_score_rows"(n::"evaluations", c."item_id") s))\073
  RETURN NULL\073
END\073
';

-- A reply moves its review into replied (on time or late), unless an upheld appeal already excluded it.
CREATE FUNCTION "evaluation_rollups_on_replies"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  without_reply "evaluation_rollups"[]\073
  with_reply "evaluation_rollups"[]\073
BEGIN
  PERFORM 1 FROM "evaluations" e
   WHERE e."id" IN (SELECT n."evaluation_id" FROM new_rows n WHERE n."kind" = ''REPLY'')
   ORDER BY e."id" FOR NO KEY UPDATE\073
  SELECT array_agg("evaluation_rollup_row"(e, c."item_id", NULL, false)),
         array_agg("evaluation_rollup_row"(e, c."item_id", n."created_at", false))
    INTO without_reply, with_reply
    FROM new_rows n JOIN "evaluations" e ON e."id" = n."evaluation_id" JOIN "cases" c ON c."id" = e."case_id"
   WHERE n."kind" = ''REPLY''
     AND NOT EXISTS (SELECT 1 FROM "evaluation_appeals" a WHERE a."evaluation_id" = e."id" AND a."status" = ''UPHELD'')\073
  PERFORM "evaluation_rollups_apply"(without_reply, with_reply)\073
  RETURN NULL\073
END\073
';
CREATE TRIGGER "evaluation_replies_rollups" AFTER INSERT ON "evaluation_replies"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "evaluation_rollups_on_replies"();

-- An upheld appeal takes its review out of every count (and its dimension scores out of the score sums) and
-- counts it in excluded_by_appeal. A decision is made once (evaluation_appeal_decide_once), so a row turns
-- UPHELD at most once.
CREATE FUNCTION "evaluation_rollups_on_appeals_upheld"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  upheld uuid[] := ARRAY(SELECT n."evaluation_id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
                          WHERE o."status" <> ''UPHELD'' AND n."status" = ''UPHELD'')\073
  counted "evaluation_rollups"[]\073
  excluded "evaluation_rollups"[]\073
BEGIN
  IF cardinality(upheld) = 0 THEN
    RETURN NULL\073
  END IF\073
  PERFORM 1 FROM "evaluations" e WHERE e."id" = ANY (upheld) ORDER BY e."id" FOR NO KEY UPDATE\073
  SELECT array_agg("evaluation_rollup_row"(e, c."item_id", r."created_at", false)),
         array_agg("evaluation_rollup_row"(e, c."item_id", r."created_at", true))
    INTO counted, excluded
    FROM "evaluations" e JOIN "cases" c ON c."id" = e."case_id"
    LEFT JOIN "evaluation_replies" r ON r."evaluation_id" = e."id" AND r."kind" = ''REPLY''
   WHERE e."id" = ANY (upheld)\073
  PERFORM "evaluation_rollups_apply"(counted, excluded)\073
  PERFORM "evaluation_score_rollups_apply"(
    ARRAY(SELECT s FROM "evaluations" e JOIN "cases" c ON c."id" = e."case_id",
                 LATERAL "evaluation_score_rows"(e, c."item_id") s WHERE e."id" = ANY (upheld)),
    ARRAY[]::"evaluation_score_rollups"[])\073
  RETURN NULL\073
END\073
';
CREATE TRIGGER "evaluation_appeals_rollups" AFTER UPDATE ON "evaluation_appeals"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION "evaluation_rollups_on_appeals_upheld"();
