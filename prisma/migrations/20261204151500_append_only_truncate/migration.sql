-- TRUNCATE skips row triggers, so the append-only tables' BEFORE UPDATE OR DELETE guards never saw it: a
-- statement-level BEFORE TRUNCATE trigger refuses it too (even for the owner: a deliberate purge has to drop
-- the trigger first, in a migration). The API's role is not granted TRUNCATE either (README: Least privilege).
-- Function bodies are E'' strings with \073 for each semicolon (see 20261126145100_invariants).
CREATE FUNCTION "forbid_truncate"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION ''% is append-only and cannot be truncated'', TG_TABLE_NAME USING ERRCODE = ''insufficient_privilege''\073
END\073
';

CREATE TRIGGER "case_events_no_truncate" BEFORE TRUNCATE ON "case_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "forbid_truncate"();
CREATE TRIGGER "evaluations_no_truncate" BEFORE TRUNCATE ON "evaluations"
  FOR EACH STATEMENT EXECUTE FUNCTION "forbid_truncate"();
CREATE TRIGGER "evaluation_replies_no_truncate" BEFORE TRUNCATE ON "evaluation_replies"
  FOR EACH STATEMENT EXECUTE FUNCTION "forbid_truncate"();
CREATE TRIGGER "evaluation_appeals_no_truncate" BEFORE TRUNCATE ON "evaluation_appeals"
  FOR EACH STATEMENT EXECUTE FUNCTION "forbid_truncate"();
CREATE TRIGGER "audit_logs_no_truncate" BEFORE TRUNCATE ON "audit_logs"
  FOR EACH STATEMENT EXECUTE FUNCTION "forbid_truncate"();
CREATE TRIGGER "license_access_logs_no_truncate" BEFORE TRUNCATE ON "license_access_logs"
  FOR EACH STATEMENT EXECUTE FUNCTION "forbid_truncate"();
CREATE TRIGGER "license_grants_no_truncate" BEFORE TRUNCATE ON "license_grants"
  FOR EACH STATEMENT EXECUTE FUNCTION "forbid_truncate"();
