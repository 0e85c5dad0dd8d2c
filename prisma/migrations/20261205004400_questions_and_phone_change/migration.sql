-- 修改手机号: a code for the new number of a signed-in person.
ALTER TYPE "PhoneCodePurpose" ADD VALUE 'CHANGE_PHONE';

-- 我的互动: the department answered a 咨询 or 投诉.
ALTER TYPE "NotificationKind" ADD VALUE 'QUESTION_ANSWERED';

-- 我的互动 → 咨询投诉: a question or complaint about a service item, answered once by its department.
CREATE TYPE "QuestionKind" AS ENUM ('CONSULTATION', 'COMPLAINT');

CREATE TABLE "questions" (
    "id" UUID NOT NULL,
    "kind" "QuestionKind" NOT NULL,
    "user_id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "department_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "answer_due_at" TIMESTAMPTZ(3) NOT NULL,
    "answer" TEXT,
    "answered_at" TIMESTAMPTZ(3),
    "answered_by_id" UUID,

    CONSTRAINT "questions_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "questions_user_id_created_at_id_idx" ON "questions"("user_id", "created_at" DESC, "id" DESC);

CREATE INDEX "questions_department_id_created_at_id_idx" ON "questions"("department_id", "created_at" DESC, "id" DESC);

ALTER TABLE "questions" ADD CONSTRAINT "questions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "questions" ADD CONSTRAINT "questions_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "service_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "questions" ADD CONSTRAINT "questions_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "questions" ADD CONSTRAINT "questions_answered_by_id_fkey" FOREIGN KEY ("answered_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The notification of an answer points at its question.
ALTER TABLE "notifications" ADD COLUMN "question_id" UUID;

ALTER TABLE "notifications" ADD CONSTRAINT "notifications_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "questions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The limits of question/question-rules.ts (QUESTION_BODY_MAX, ANSWER_MAX), a deadline after the question,
-- and an answer that is all there (text, time, who) or not at all.
ALTER TABLE "questions"
  ADD CONSTRAINT "questions_body_length" CHECK (length(btrim("body")) BETWEEN 1 AND 500),
  ADD CONSTRAINT "questions_answer_length" CHECK ("answer" IS NULL OR length(btrim("answer")) BETWEEN 1 AND 1000),
  ADD CONSTRAINT "questions_answer_complete"
    CHECK (("answer" IS NULL) = ("answered_at" IS NULL) AND ("answer" IS NULL) = ("answered_by_id" IS NULL)),
  ADD CONSTRAINT "questions_due_after_asked" CHECK ("answer_due_at" > "created_at"),
  ADD CONSTRAINT "questions_answered_after_asked" CHECK ("answered_at" IS NULL OR "answered_at" >= "created_at");

-- A question is asked unanswered, never changed or deleted, and its answer is written once, by staff of its
-- department.
CREATE FUNCTION "question_answered_once"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    IF NEW."answer" IS NOT NULL THEN
      RAISE EXCEPTION ''a question is asked without an answer'' USING ERRCODE = ''check_violation''\073
    END IF\073
    RETURN NEW\073
  END IF\073
  IF TG_OP = ''DELETE'' THEN
    RAISE EXCEPTION ''questions cannot be deleted'' USING ERRCODE = ''check_violation''\073
  END IF\073
  IF OLD."answer" IS NOT NULL THEN
    RAISE EXCEPTION ''question % is answered already'', OLD."id" USING ERRCODE = ''check_violation''\073
  END IF\073
  IF (NEW."id", NEW."kind", NEW."user_id", NEW."item_id", NEW."department_id", NEW."body", NEW."created_at", NEW."answer_due_at")
     IS DISTINCT FROM
     (OLD."id", OLD."kind", OLD."user_id", OLD."item_id", OLD."department_id", OLD."body", OLD."created_at", OLD."answer_due_at") THEN
    RAISE EXCEPTION ''only the answer of question % can be written'', OLD."id" USING ERRCODE = ''check_violation''\073
  END IF\073
  IF NEW."answered_by_id" IS NOT NULL AND NOT EXISTS (
       SELECT 1 FROM "users" WHERE "id" = NEW."answered_by_id" AND "department_id" = NEW."department_id") THEN
    RAISE EXCEPTION ''question % is answered by its own department only'', OLD."id" USING ERRCODE = ''check_violation''\073
  END IF\073
  RETURN NEW\073
END\073
';
CREATE TRIGGER "questions_answered_once" BEFORE INSERT OR UPDATE OR DELETE ON "questions"
  FOR EACH ROW EXECUTE FUNCTION "question_answered_once"();
