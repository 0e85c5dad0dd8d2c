-- Invariants the Prisma schema language cannot express. The domain layer checks the same rules and turns
-- violations into userErrors, and these make sure no code path (or manual SQL) can break them.

-- users
ALTER TABLE "users"
  ADD CONSTRAINT "users_roles_not_empty" CHECK (cardinality("roles") > 0),
  ADD CONSTRAINT "users_department_staff_has_department"
    CHECK (NOT ('DEPARTMENT_STAFF' = ANY ("roles")) OR "department_id" IS NOT NULL),
  ADD CONSTRAINT "users_company_has_credit_code" CHECK ("kind" <> 'COMPANY' OR "company_credit_code" IS NOT NULL),
  ADD CONSTRAINT "users_name_not_blank" CHECK (length(btrim("name")) > 0);

-- catalogue
ALTER TABLE "departments" ADD CONSTRAINT "departments_region_code_digits" CHECK ("region_code" ~ '^[0-9]{6}$');
ALTER TABLE "service_items" ADD CONSTRAINT "service_items_promised_days_positive"
  CHECK ("promised_days" IS NULL OR "promised_days" > 0);

-- cases
ALTER TABLE "cases"
  ADD CONSTRAINT "cases_business_number_shape" CHECK ("business_number" ~ '^[0-9A-Za-z_-]{1,64}$'),
  ADD CONSTRAINT "cases_applied_unless_draft" CHECK ("status" = 'DRAFT' OR "applied_at" IS NOT NULL),
  ADD CONSTRAINT "cases_completed_has_time" CHECK ("status" <> 'COMPLETED' OR "completed_at" IS NOT NULL),
  ADD CONSTRAINT "cases_tracking_only_when_posted" CHECK ("tracking_number" IS NULL OR "delivery_method" = 'EMS'),
  ADD CONSTRAINT "cases_commitment_has_due_date"
    CHECK ("status" <> 'ACCEPTED_ON_COMMITMENT' OR "commitment_due_at" IS NOT NULL),
  ADD CONSTRAINT "cases_online_origin" CHECK ("source" <> 'ONLINE' OR "origin_system" = 'hall'),
  ADD CONSTRAINT "cases_window_origin" CHECK ("source" <> 'WINDOW' OR "origin_system" = 'window');

-- evaluations: real-name, bad reviews carry a comment, the system default is the middle grade
ALTER TABLE "evaluations"
  ADD CONSTRAINT "evaluations_bad_review_has_comment"
    CHECK ("level" NOT IN ('DISSATISFIED', 'VERY_DISSATISFIED') OR length(btrim(coalesce("comment", ''))) > 0),
  ADD CONSTRAINT "evaluations_default_is_basic"
    CHECK (NOT "is_default" OR ("level" = 'BASIC' AND "evaluator_id" IS NULL AND "channel" = 'SYSTEM_DEFAULT')),
  ADD CONSTRAINT "evaluations_real_name" CHECK ("is_default" OR "evaluator_id" IS NOT NULL);

ALTER TABLE "evaluation_replies" ADD CONSTRAINT "evaluation_replies_body_not_blank" CHECK (length(btrim("body")) > 0);

ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_has_scopes" CHECK (cardinality("scopes") > 0);

-- Append-only tables: history, evaluations and logs are never changed or deleted once written.
-- Function bodies are E'' strings with \073 for each semicolon: some migration runners split scripts on
-- every literal semicolon, which would cut a dollar-quoted body apart.
CREATE FUNCTION "forbid_row_change"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION ''rows of % cannot be changed or deleted'', TG_TABLE_NAME\073
END\073
';

CREATE TRIGGER "case_events_append_only" BEFORE UPDATE OR DELETE ON "case_events"
  FOR EACH ROW EXECUTE FUNCTION "forbid_row_change"();
CREATE TRIGGER "evaluations_immutable" BEFORE UPDATE OR DELETE ON "evaluations"
  FOR EACH ROW EXECUTE FUNCTION "forbid_row_change"();
CREATE TRIGGER "evaluation_replies_immutable" BEFORE UPDATE OR DELETE ON "evaluation_replies"
  FOR EACH ROW EXECUTE FUNCTION "forbid_row_change"();
CREATE TRIGGER "audit_logs_append_only" BEFORE UPDATE OR DELETE ON "audit_logs"
  FOR EACH ROW EXECUTE FUNCTION "forbid_row_change"();
CREATE TRIGGER "license_access_logs_append_only" BEFORE UPDATE OR DELETE ON "license_access_logs"
  FOR EACH ROW EXECUTE FUNCTION "forbid_row_change"();

-- Only a completed case (办结) can be evaluated.
CREATE FUNCTION "evaluation_requires_completed_case"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF NOT EXISTS (SELECT 1 FROM "cases" WHERE "id" = NEW."case_id" AND "status" = ''COMPLETED'') THEN
    RAISE EXCEPTION ''case % is not completed and cannot be evaluated'', NEW."case_id" USING ERRCODE = ''check_violation''\073
  END IF\073
  RETURN NEW\073
END\073
';
CREATE TRIGGER "evaluations_case_completed" BEFORE INSERT ON "evaluations"
  FOR EACH ROW EXECUTE FUNCTION "evaluation_requires_completed_case"();
