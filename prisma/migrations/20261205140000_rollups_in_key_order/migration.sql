-- Replies and upheld appeals update the evaluation rollups per statement, in key order, like new evaluations
-- and case changes already do (20261204151500_dashboard_rollups). Row by row, two statements each writing many
-- replies (or deciding many appeals) for the same days and items took the rollup rows' locks in their scan
-- orders and one was aborted as a deadlock victim (40P01, seen in CI once the bulk generator's five retries
-- ran out). Now each statement first locks the reviews it touches in id order, then reads their reply and
-- appeal state (a new snapshot per statement at READ COMMITTED, so a reply and a decision on the same review
-- still see each other), then applies one summed change per rollup key in key order.
--
-- Function bodies are E'' strings with \073 for each semicolon (see 20261126145100_invariants).

DROP TRIGGER "evaluation_replies_rollups" ON "evaluation_replies";
DROP TRIGGER "evaluation_appeals_rollups" ON "evaluation_appeals";
DROP FUNCTION "evaluation_rollups_on_reply"();
DROP FUNCTION "evaluation_rollups_on_appeal_upheld"();
DROP FUNCTION "evaluation_rollup_add"(uuid, integer, boolean, boolean);

-- A reply moves its review into replied (on time or late), unless an upheld appeal already excluded it.
CREATE FUNCTION "evaluation_rollups_on_replies"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM 1 FROM "evaluations" e
   WHERE e."id" IN (SELECT n."evaluation_id" FROM new_rows n WHERE n."kind" = ''REPLY'')
   ORDER BY e."id" FOR NO KEY UPDATE\073
  INSERT INTO "evaluation_rollups" AS t ("day", "department_id", "item_id", "reply_due_at", "replied",
      "replied_on_time", "replied_late")
  SELECT "cst_day"(e."submitted_at"), c."department_id", c."item_id", COALESCE(e."reply_due_at", ''infinity''),
      count(*) FILTER (WHERE e."reply_due_at" IS NOT NULL),
      count(*) FILTER (WHERE n."created_at" < e."reply_due_at"),
      count(*) FILTER (WHERE n."created_at" >= e."reply_due_at")
    FROM new_rows n
    JOIN "evaluations" e ON e."id" = n."evaluation_id"
    JOIN "cases" c ON c."id" = e."case_id"
   WHERE n."kind" = ''REPLY''
     AND NOT EXISTS (SELECT 1 FROM "evaluation_appeals" a WHERE a."evaluation_id" = e."id" AND a."status" = ''UPHELD'')
   GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("day", "department_id", "item_id", "reply_due_at") DO UPDATE SET
      "replied" = t."replied" + EXCLUDED."replied",
      "replied_on_time" = t."replied_on_time" + EXCLUDED."replied_on_time",
      "replied_late" = t."replied_late" + EXCLUDED."replied_late"\073
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
BEGIN
  IF cardinality(upheld) = 0 THEN
    RETURN NULL\073
  END IF\073
  PERFORM 1 FROM "evaluations" e WHERE e."id" = ANY (upheld) ORDER BY e."id" FOR NO KEY UPDATE\073
  INSERT INTO "evaluation_rollups" AS t ("day", "department_id", "item_id", "reply_due_at", "total", "active",
      "defaults", "very_satisfied", "satisfied", "basic", "dissatisfied", "very_dissatisfied", "bad", "replied",
      "replied_on_time", "replied_late", "excluded_by_appeal")
  SELECT "cst_day"(e."submitted_at"), c."department_id", c."item_id", COALESCE(e."reply_due_at", ''infinity''),
      -count(*), -count(*) FILTER (WHERE NOT e."is_default"), -count(*) FILTER (WHERE e."is_default"),
      -count(*) FILTER (WHERE e."level" = ''VERY_SATISFIED''), -count(*) FILTER (WHERE e."level" = ''SATISFIED''),
      -count(*) FILTER (WHERE e."level" = ''BASIC''), -count(*) FILTER (WHERE e."level" = ''DISSATISFIED''),
      -count(*) FILTER (WHERE e."level" = ''VERY_DISSATISFIED''), -count(*) FILTER (WHERE e."reply_due_at" IS NOT NULL),
      -count(r."id") FILTER (WHERE e."reply_due_at" IS NOT NULL),
      -count(r."id") FILTER (WHERE r."created_at" < e."reply_due_at"),
      -count(r."id") FILTER (WHERE r."created_at" >= e."reply_due_at"),
      count(*)
    FROM "evaluations" e
    JOIN "cases" c ON c."id" = e."case_id"
    LEFT JOIN "evaluation_replies" r ON r."evaluation_id" = e."id" AND r."kind" = ''REPLY''
   WHERE e."id" = ANY (upheld)
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
  INSERT INTO "evaluation_score_rollups" AS t ("day", "department_id", "item_id", "dimension", "score_sum", "score_count")
  SELECT "cst_day"(e."submitted_at"), c."department_id", c."item_id", kv."key", -sum(kv."value"::integer), -count(*)
    FROM "evaluations" e
    JOIN "cases" c ON c."id" = e."case_id"
    CROSS JOIN LATERAL jsonb_each_text(e."dimension_scores") AS kv("key", "value")
   WHERE e."id" = ANY (upheld)
   GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("day", "department_id", "item_id", "dimension") DO UPDATE SET
      "score_sum" = t."score_sum" + EXCLUDED."score_sum", "score_count" = t."score_count" + EXCLUDED."score_count"\073
  RETURN NULL\073
END\073
';
CREATE TRIGGER "evaluation_appeals_rollups" AFTER UPDATE ON "evaluation_appeals"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION "evaluation_rollups_on_appeals_upheld"();
