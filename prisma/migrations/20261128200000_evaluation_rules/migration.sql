-- 好差评 rules held by the database (issue 6). The domain layer checks the same rules first and answers
-- userErrors, and these make sure no code path, concurrent request or manual SQL can break them.
-- Function bodies are E'' strings with \073 for each semicolon (see the invariants migration).

-- UUIDv7 (time-ordered, like Prisma's uuid(7)) for rows written by set-based SQL such as the default sweep.
CREATE FUNCTION "uuid_v7"("at" timestamptz) RETURNS uuid LANGUAGE sql VOLATILE AS
'SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing
   substring(int8send(floor(extract(epoch FROM "at") * 1000)::bigint) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), ''hex'')::uuid';

-- Dimension scores: an object of known dimensions, each an integer 1-5.
CREATE FUNCTION "evaluation_scores_valid"("scores" jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS
'SELECT jsonb_typeof("scores") = ''object'' AND NOT EXISTS (
   SELECT 1 FROM jsonb_each("scores") AS kv("key", "value")
    WHERE "key" NOT IN (''EFFICIENCY'', ''GUIDE_ACCURACY'', ''CONVENIENCE'', ''PLATFORM_USABILITY'',
                        ''SERVICE_EFFICIENCY'', ''SERVICE_LEVEL'', ''SERVICE_ATTITUDE'')
       OR jsonb_typeof("value") <> ''number'' OR "value"::numeric NOT IN (1, 2, 3, 4, 5))';

-- evaluations: length limit, dimension scores are integers 1-5, bad reviews (and only they) have a reply deadline
ALTER TABLE "evaluations"
  ADD CONSTRAINT "evaluations_comment_length" CHECK ("comment" IS NULL OR char_length("comment") <= 500),
  ADD CONSTRAINT "evaluations_dimension_scores_shape"
    CHECK ("dimension_scores" IS NULL OR "evaluation_scores_valid"("dimension_scores")),
  ADD CONSTRAINT "evaluations_bad_review_has_reply_deadline"
    CHECK (("level" IN ('DISSATISFIED', 'VERY_DISSATISFIED')) = ("reply_due_at" IS NOT NULL));

-- The sweep walks completed cases in (completed_at, id) order.
CREATE INDEX "cases_completed_sweep_idx" ON "cases" ("completed_at", "id") WHERE "status" = 'COMPLETED';
-- The reply queue: bad reviews by deadline.
CREATE INDEX "evaluations_reply_due_idx" ON "evaluations" ("reply_due_at", "id") WHERE "reply_due_at" IS NOT NULL;

-- replies: one REPLY and one FOLLOW_UP per evaluation, body length limits
CREATE UNIQUE INDEX "evaluation_replies_one_reply" ON "evaluation_replies" ("evaluation_id") WHERE "kind" = 'REPLY';
CREATE UNIQUE INDEX "evaluation_replies_one_follow_up" ON "evaluation_replies" ("evaluation_id") WHERE "kind" = 'FOLLOW_UP';
ALTER TABLE "evaluation_replies" ADD CONSTRAINT "evaluation_replies_body_length" CHECK (
  char_length("body") <= CASE WHEN "kind" = 'FOLLOW_UP' THEN 500 ELSE 1000 END);

-- Who may write a note: replies, call-backs and rectifications only on bad reviews, by staff of the case's
-- department, and the follow-up only by the applicant, after the reply.
CREATE FUNCTION "evaluation_reply_rules"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  ev record\073
BEGIN
  SELECT e."level", e."evaluator_id", c."applicant_id", c."department_id" INTO ev
    FROM "evaluations" e JOIN "cases" c ON c."id" = e."case_id" WHERE e."id" = NEW."evaluation_id"\073
  IF ev."level" NOT IN (''DISSATISFIED'', ''VERY_DISSATISFIED'') THEN
    RAISE EXCEPTION ''only bad reviews take replies and notes'' USING ERRCODE = ''check_violation''\073
  END IF\073
  IF NEW."kind" = ''FOLLOW_UP'' THEN
    IF NEW."author_id" IS DISTINCT FROM ev."applicant_id" THEN
      RAISE EXCEPTION ''only the applicant may add a follow-up'' USING ERRCODE = ''check_violation''\073
    END IF\073
    IF NOT EXISTS (SELECT 1 FROM "evaluation_replies" r WHERE r."evaluation_id" = NEW."evaluation_id" AND r."kind" = ''REPLY'') THEN
      RAISE EXCEPTION ''a follow-up needs the department reply first'' USING ERRCODE = ''check_violation''\073
    END IF\073
  ELSIF NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = NEW."author_id"
      AND ''DEPARTMENT_STAFF'' = ANY (u."roles") AND u."department_id" = ev."department_id") THEN
    RAISE EXCEPTION ''only staff of the case department may reply'' USING ERRCODE = ''check_violation''\073
  END IF\073
  RETURN NEW\073
END\073
';
CREATE TRIGGER "evaluation_replies_rules" BEFORE INSERT ON "evaluation_replies"
  FOR EACH ROW EXECUTE FUNCTION "evaluation_reply_rules"();

-- appeals: one per evaluation, only on bad reviews, by the case's department, decided once, never deleted
DROP INDEX "evaluation_appeals_evaluation_id_idx";
CREATE UNIQUE INDEX "evaluation_appeals_evaluation_id_key" ON "evaluation_appeals"("evaluation_id");
CREATE INDEX "evaluation_appeals_status_created_at_id_idx" ON "evaluation_appeals"("status", "created_at", "id");
ALTER TABLE "evaluation_appeals"
  ADD CONSTRAINT "evaluation_appeals_reason_length" CHECK (length(btrim("reason")) > 0 AND char_length("reason") <= 500),
  ADD CONSTRAINT "evaluation_appeals_decision_complete" CHECK (
    ("status" = 'PENDING') = ("decided_at" IS NULL) AND ("status" = 'PENDING') = ("decided_by_id" IS NULL)),
  ADD CONSTRAINT "evaluation_appeals_note_length" CHECK ("decision_note" IS NULL OR char_length("decision_note") <= 500);

CREATE FUNCTION "evaluation_appeal_insert_rules"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF NEW."status" <> ''PENDING'' THEN
    RAISE EXCEPTION ''an appeal starts pending'' USING ERRCODE = ''check_violation''\073
  END IF\073
  IF NOT EXISTS (SELECT 1 FROM "evaluations" e JOIN "cases" c ON c."id" = e."case_id"
      WHERE e."id" = NEW."evaluation_id" AND c."department_id" = NEW."department_id"
        AND e."level" IN (''DISSATISFIED'', ''VERY_DISSATISFIED'')) THEN
    RAISE EXCEPTION ''only the case department may appeal a bad review'' USING ERRCODE = ''check_violation''\073
  END IF\073
  RETURN NEW\073
END\073
';
CREATE TRIGGER "evaluation_appeals_insert_rules" BEFORE INSERT ON "evaluation_appeals"
  FOR EACH ROW EXECUTE FUNCTION "evaluation_appeal_insert_rules"();

CREATE FUNCTION "evaluation_appeal_decide_once"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''DELETE'' THEN
    RAISE EXCEPTION ''rows of % cannot be deleted'', TG_TABLE_NAME\073
  END IF\073
  IF OLD."status" <> ''PENDING'' OR NEW."status" = ''PENDING''
     OR NEW."id" <> OLD."id" OR NEW."evaluation_id" <> OLD."evaluation_id" OR NEW."department_id" <> OLD."department_id"
     OR NEW."filed_by_id" <> OLD."filed_by_id" OR NEW."reason" <> OLD."reason" OR NEW."created_at" <> OLD."created_at" THEN
    RAISE EXCEPTION ''an appeal is decided once, from pending, and nothing else changes'' USING ERRCODE = ''check_violation''\073
  END IF\073
  RETURN NEW\073
END\073
';
CREATE TRIGGER "evaluation_appeals_decide_once" BEFORE UPDATE OR DELETE ON "evaluation_appeals"
  FOR EACH ROW EXECUTE FUNCTION "evaluation_appeal_decide_once"();
