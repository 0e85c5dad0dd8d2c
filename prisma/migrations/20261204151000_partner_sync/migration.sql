-- Partner sync (issue 22): a commit-ordered change sequence for cases and evaluations, audited reads, and
-- client secrets that rotate with an overlap.
--
-- change_xid is the 64-bit id of the last transaction that changed the row (pg_current_xact_id()). A reader
-- returns only rows whose change_xid is below the xmin of its own snapshot (every transaction below xmin has
-- finished), in change_xid order. A transaction still open when a reader pages holds xmin at or below its
-- own id, so the reader stops before it, whatever it commits later carries an id at or above the
-- watermark of that reader and is therefore after its last cursor. See apps/api/src/partner/change-sequence.ts.

CREATE FUNCTION "current_change_xid"() RETURNS bigint LANGUAGE sql VOLATILE AS
  'SELECT pg_current_xact_id()::text::bigint';

ALTER TABLE "cases" ADD COLUMN "change_xid" bigint NOT NULL DEFAULT "current_change_xid"();

CREATE FUNCTION "cases_mark_change"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW."change_xid" := "current_change_xid"()\073
  RETURN NEW\073
END\073
';
CREATE TRIGGER "cases_mark_change" BEFORE UPDATE ON "cases"
  FOR EACH ROW EXECUTE FUNCTION "cases_mark_change"();

CREATE INDEX "cases_department_id_change_xid_id_idx" ON "cases"("department_id", "change_xid", "id");

-- Evaluations are immutable, what changes is what hangs on them (reply, 追评, appeal). One row per
-- evaluation carries the transaction id of its last change.
CREATE TABLE "evaluation_changes" (
    "evaluation_id" UUID NOT NULL,
    "department_id" UUID NOT NULL,
    "change_xid" BIGINT NOT NULL DEFAULT "current_change_xid"(),
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "evaluation_changes_pkey" PRIMARY KEY ("evaluation_id")
);
CREATE INDEX "evaluation_changes_department_id_change_xid_evaluation_id_idx"
  ON "evaluation_changes"("department_id", "change_xid", "evaluation_id");
ALTER TABLE "evaluation_changes" ADD CONSTRAINT "evaluation_changes_evaluation_id_fkey"
  FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "evaluation_changes" ADD CONSTRAINT "evaluation_changes_department_id_fkey"
  FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE FUNCTION "mark_evaluation_change"("evaluation" uuid) RETURNS void LANGUAGE sql VOLATILE AS '
  INSERT INTO "evaluation_changes" ("evaluation_id", "department_id", "change_xid", "changed_at")
  SELECT e."id", c."department_id", "current_change_xid"(), now()
    FROM "evaluations" e JOIN "cases" c ON c."id" = e."case_id" WHERE e."id" = "evaluation"
  ON CONFLICT ("evaluation_id") DO UPDATE
    SET "change_xid" = EXCLUDED."change_xid", "changed_at" = EXCLUDED."changed_at"';

CREATE FUNCTION "evaluations_mark_change"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "mark_evaluation_change"(NEW."id")\073
  RETURN NULL\073
END\073
';
CREATE TRIGGER "evaluations_mark_change" AFTER INSERT ON "evaluations"
  FOR EACH ROW EXECUTE FUNCTION "evaluations_mark_change"();

CREATE FUNCTION "evaluation_parts_mark_change"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "mark_evaluation_change"(NEW."evaluation_id")\073
  RETURN NULL\073
END\073
';
CREATE TRIGGER "evaluation_replies_mark_change" AFTER INSERT ON "evaluation_replies"
  FOR EACH ROW EXECUTE FUNCTION "evaluation_parts_mark_change"();
CREATE TRIGGER "evaluation_appeals_mark_change" AFTER INSERT OR UPDATE ON "evaluation_appeals"
  FOR EACH ROW EXECUTE FUNCTION "evaluation_parts_mark_change"();

INSERT INTO "evaluation_changes" ("evaluation_id", "department_id", "changed_at")
SELECT e."id", c."department_id", e."submitted_at" FROM "evaluations" e JOIN "cases" c ON c."id" = e."case_id";

-- Client secrets: a rotation keeps the previous secret valid until previous_secret_expires_at.
ALTER TABLE "api_clients"
  ADD COLUMN "previous_secret_hash" TEXT,
  ADD COLUMN "previous_secret_expires_at" TIMESTAMPTZ(3),
  ADD COLUMN "secret_rotated_at" TIMESTAMPTZ(3),
  ADD COLUMN "disabled_at" TIMESTAMPTZ(3),
  ADD CONSTRAINT "api_clients_previous_secret_has_expiry"
    CHECK (("previous_secret_hash" IS NULL) = ("previous_secret_expires_at" IS NULL));

-- The list of partner reads for supervisors (audit_logs rows partner.case.read / partner.evaluation.read).
CREATE INDEX "audit_logs_action_occurred_at_idx" ON "audit_logs"("action", "occurred_at");
