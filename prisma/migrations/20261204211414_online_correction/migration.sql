-- 补正 online: a material uploaded in answer to a 补正 notice points at that notice (a case event).
ALTER TABLE "case_materials" ADD COLUMN "correction_event_id" UUID;

CREATE INDEX "case_materials_correction_event_id_idx" ON "case_materials"("correction_event_id");

-- No foreign key: case_events is partitioned by year (its key includes occurred_at), so the trigger below checks
-- that the id names a 补正 notice of the material's own case, and case events are never deleted.

-- Materials change only while the applicant may change the application. In 暂存 anything may be added or
-- removed (and nothing is a correction). In 补正 only corrections are added or removed, each pointing at the
-- case's own 补正 notice: what the department already has stays as it was.
CREATE OR REPLACE FUNCTION "case_materials_only_while_open"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  case_status "CaseStatus"\073
  row_case_id uuid\073
  row_correction_event_id uuid\073
BEGIN
  IF TG_OP = ''DELETE'' THEN
    row_case_id := OLD."case_id"\073
    row_correction_event_id := OLD."correction_event_id"\073
  ELSE
    row_case_id := NEW."case_id"\073
    row_correction_event_id := NEW."correction_event_id"\073
  END IF\073
  SELECT "status" INTO case_status FROM "cases" WHERE "id" = row_case_id\073
  IF case_status = ''DRAFT'' THEN
    IF row_correction_event_id IS NOT NULL THEN
      RAISE EXCEPTION ''a draft has no 补正 notice to answer'' USING ERRCODE = ''check_violation''\073
    END IF\073
  ELSIF case_status = ''CORRECTION_REQUIRED'' THEN
    IF row_correction_event_id IS NULL THEN
      RAISE EXCEPTION ''in 补正 only the materials sent in answer to the notice can be added or removed''
        USING ERRCODE = ''check_violation''\073
    END IF\073
    IF NOT EXISTS (
      SELECT 1 FROM "case_events" e
       WHERE e."id" = row_correction_event_id AND e."case_id" = row_case_id
         AND e."to_status" = ''CORRECTION_REQUIRED''
    ) THEN
      RAISE EXCEPTION ''a correction must answer a 补正 notice of its own case'' USING ERRCODE = ''check_violation''\073
    END IF\073
  ELSE
    RAISE EXCEPTION ''materials of a case in status % cannot be added or removed'', case_status
      USING ERRCODE = ''check_violation''\073
  END IF\073
  IF TG_OP = ''DELETE'' THEN
    RETURN OLD\073
  END IF\073
  RETURN NEW\073
END\073
';

-- The notice a correction answers never changes once recorded.
CREATE FUNCTION "case_materials_correction_fixed"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF NEW."correction_event_id" IS DISTINCT FROM OLD."correction_event_id"
     OR NEW."case_id" IS DISTINCT FROM OLD."case_id" THEN
    RAISE EXCEPTION ''a material keeps its case and the notice it answers'' USING ERRCODE = ''check_violation''\073
  END IF\073
  RETURN NEW\073
END\073
';

CREATE TRIGGER "case_materials_correction_fixed" BEFORE UPDATE ON "case_materials"
  FOR EACH ROW EXECUTE FUNCTION "case_materials_correction_fixed"();
