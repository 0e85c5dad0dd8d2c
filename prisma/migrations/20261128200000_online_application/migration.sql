-- Online application (网上申报): form data on the case, uploaded materials' invariants.

-- AlterTable
ALTER TABLE "cases" ADD COLUMN "application_data" JSONB;

-- The form data is an object tagged with its shape's version.
ALTER TABLE "cases" ADD CONSTRAINT "cases_application_data_versioned" CHECK (
  "application_data" IS NULL
  OR (jsonb_typeof("application_data") = 'object' AND jsonb_typeof("application_data" -> 'version') = 'number')
);

-- A stored file is described completely, sizes are positive, hashes lower-case hex.
ALTER TABLE "case_materials"
  ADD CONSTRAINT "case_materials_size_positive" CHECK ("size_bytes" IS NULL OR "size_bytes" > 0),
  ADD CONSTRAINT "case_materials_sha256_hex" CHECK ("sha256" IS NULL OR "sha256" ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT "case_materials_stored_file_described" CHECK (
    "storage_key" IS NULL
    OR ("sha256" IS NOT NULL AND "size_bytes" IS NOT NULL AND "content_type" IS NOT NULL AND "file_name" IS NOT NULL)
  );

-- Materials are added or removed only while the applicant may still change the application (暂存 or 补正):
-- once a department has the case, its materials are evidence and stay as they were.
CREATE FUNCTION "case_materials_only_while_open"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  case_status "CaseStatus"\073
BEGIN
  IF TG_OP = ''DELETE'' THEN
    SELECT "status" INTO case_status FROM "cases" WHERE "id" = OLD."case_id"\073
  ELSE
    SELECT "status" INTO case_status FROM "cases" WHERE "id" = NEW."case_id"\073
  END IF\073
  IF case_status NOT IN (''DRAFT'', ''CORRECTION_REQUIRED'') THEN
    RAISE EXCEPTION ''materials of a case in status % cannot be added or removed'', case_status
      USING ERRCODE = ''check_violation''\073
  END IF\073
  IF TG_OP = ''DELETE'' THEN
    RETURN OLD\073
  END IF\073
  RETURN NEW\073
END\073
';

CREATE TRIGGER "case_materials_only_while_open" BEFORE INSERT OR DELETE ON "case_materials"
  FOR EACH ROW EXECUTE FUNCTION "case_materials_only_while_open"();
