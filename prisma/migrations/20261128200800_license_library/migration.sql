-- License library (证照库): e-business licenses with explicit fields, administrators, one-time codes,
-- access logs tied to the code used, and the generic attempt limiter's table.

-- DropForeignKey
ALTER TABLE "license_grants" DROP CONSTRAINT "license_grants_grantee_id_fkey";

-- DropIndex
DROP INDEX "license_grants_license_id_idx";

-- AlterTable
ALTER TABLE "case_materials" ADD COLUMN     "license_snapshot" JSONB;

-- AlterTable
ALTER TABLE "license_access_logs" ADD COLUMN     "grant_id" UUID;

-- AlterTable
ALTER TABLE "license_grants" DROP COLUMN "grantee_id",
ADD COLUMN     "created_by_id" UUID NOT NULL,
ADD COLUMN     "used_at" TIMESTAMPTZ(3),
ADD COLUMN     "used_by_id" UUID,
ADD COLUMN     "used_for_case_id" UUID,
ALTER COLUMN "code_hash" SET DATA TYPE CHAR(64),
ALTER COLUMN "created_at" DROP DEFAULT;

-- AlterTable
ALTER TABLE "licenses" DROP COLUMN "data",
ADD COLUMN     "address" TEXT NOT NULL,
ADD COLUMN     "business_scope" TEXT NOT NULL,
ADD COLUMN     "company_type" TEXT NOT NULL,
ADD COLUMN     "established_on" DATE NOT NULL,
ADD COLUMN     "legal_rep_id_cipher" TEXT NOT NULL,
ADD COLUMN     "legal_rep_id_hash" TEXT NOT NULL,
ADD COLUMN     "legal_rep_id_masked" TEXT NOT NULL,
ADD COLUMN     "legal_rep_name" TEXT NOT NULL,
ADD COLUMN     "operating_from" DATE NOT NULL,
ADD COLUMN     "operating_to" DATE,
ADD COLUMN     "registered_capital" TEXT NOT NULL,
ADD COLUMN     "registration_authority" TEXT NOT NULL,
ADD COLUMN     "status_changed_at" TIMESTAMPTZ(3),
ADD COLUMN     "status_reason" TEXT;

-- CreateTable
CREATE TABLE "license_administrators" (
    "id" UUID NOT NULL,
    "license_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "appointed_by_id" UUID NOT NULL,
    "appointed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "license_administrators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "throttle_attempts" (
    "id" BIGSERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "attempted_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "throttle_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "license_administrators_user_id_idx" ON "license_administrators"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "license_administrators_license_id_user_id_key" ON "license_administrators"("license_id", "user_id");

-- CreateIndex
CREATE INDEX "throttle_attempts_key_attempted_at_idx" ON "throttle_attempts"("key", "attempted_at");

-- CreateIndex
CREATE INDEX "throttle_attempts_expires_at_idx" ON "throttle_attempts"("expires_at");

-- CreateIndex
CREATE INDEX "license_grants_license_id_created_at_idx" ON "license_grants"("license_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "license_grants_code_hash_idx" ON "license_grants"("code_hash");

-- CreateIndex
CREATE INDEX "licenses_legal_rep_id_hash_idx" ON "licenses"("legal_rep_id_hash");

-- AddForeignKey
ALTER TABLE "license_administrators" ADD CONSTRAINT "license_administrators_license_id_fkey" FOREIGN KEY ("license_id") REFERENCES "licenses"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "license_administrators" ADD CONSTRAINT "license_administrators_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "license_administrators" ADD CONSTRAINT "license_administrators_appointed_by_id_fkey" FOREIGN KEY ("appointed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "license_grants" ADD CONSTRAINT "license_grants_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "license_grants" ADD CONSTRAINT "license_grants_used_by_id_fkey" FOREIGN KEY ("used_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "license_grants" ADD CONSTRAINT "license_grants_used_for_case_id_fkey" FOREIGN KEY ("used_for_case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "license_access_logs" ADD CONSTRAINT "license_access_logs_grant_id_fkey" FOREIGN KEY ("grant_id") REFERENCES "license_grants"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ---------- invariants (the domain layer checks the same rules first and answers with userErrors) ----------

-- 统一社会信用代码 (GB 32100-2015): 18 characters of the 31-symbol alphabet, mod-31 check character.
CREATE FUNCTION "credit_code_is_valid"(code text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS E'
DECLARE
  alphabet CONSTANT text := ''0123456789ABCDEFGHJKLMNPQRTUWXY''\073
  weights CONSTANT int[] := ARRAY[1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]\073
  total int := 0\073
BEGIN
  IF code IS NULL OR code !~ ''^[0-9A-HJ-NPQRTUWXY]{18}$'' THEN
    RETURN false\073
  END IF\073
  FOR i IN 1..17 LOOP
    total := total + (strpos(alphabet, substr(code, i, 1)) - 1) * weights[i]\073
  END LOOP\073
  RETURN substr(alphabet, (31 - total % 31) % 31 + 1, 1) = substr(code, 18, 1)\073
END\073
';

-- License identifier (GB/T 36904 shape) 1.2.156.3005.2.{type}.{issuer credit code}.{serial}.{version}.{check}:
-- the issuer's credit code must be valid, and the last character is the ISO/IEC 7064 MOD 37,36 check character
-- over every other character of the identifier, dots left out (apps/api/src/license/license-identifier.ts).
CREATE FUNCTION "license_identifier_is_valid"(identifier text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS E'
DECLARE
  alphabet CONSTANT text := ''0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ''\073
  chars text\073
  p int := 36\073
  s int\073
BEGIN
  IF identifier IS NULL OR identifier !~ ''^1\\.2\\.156\\.3005\\.2\\.[0-9A-Z]{1,32}\\.[0-9A-Z]{18}\\.[0-9A-Z]{1,32}\\.[0-9]{3}\\.[0-9A-Z]$'' THEN
    RETURN false\073
  END IF\073
  IF NOT "credit_code_is_valid"(split_part(identifier, ''.'', 7)) THEN
    RETURN false\073
  END IF\073
  chars := replace(identifier, ''.'', '''')\073
  FOR i IN 1..length(chars) LOOP
    s := (p + strpos(alphabet, substr(chars, i, 1)) - 1) % 36\073
    IF s = 0 THEN
      s := 36\073
    END IF\073
    p := (s * 2) % 37\073
  END LOOP\073
  RETURN p = 2\073
END\073
';

ALTER TABLE "licenses"
  ADD CONSTRAINT "licenses_identifier_valid" CHECK ("license_identifier_is_valid"("identifier")),
  ADD CONSTRAINT "licenses_holder_credit_code_valid" CHECK ("credit_code_is_valid"("holder_credit_code")),
  ADD CONSTRAINT "licenses_operating_period_ordered" CHECK ("operating_to" IS NULL OR "operating_to" >= "operating_from"),
  ADD CONSTRAINT "licenses_legal_rep_id_hash_shape" CHECK ("legal_rep_id_hash" ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT "licenses_fields_not_blank" CHECK (
    length(btrim("holder_name")) > 0 AND length(btrim("company_type")) > 0 AND length(btrim("legal_rep_name")) > 0
    AND length(btrim("registered_capital")) > 0 AND length(btrim("address")) > 0
    AND length(btrim("business_scope")) > 0 AND length(btrim("registration_authority")) > 0
    AND length(btrim("issuer_name")) > 0),
  ADD CONSTRAINT "licenses_status_change_recorded" CHECK ("status" = 'ACTIVE' OR "status_changed_at" IS NOT NULL);

-- 注销 is final, 吊销 can only become 注销, nothing returns to 存续.
CREATE FUNCTION "license_status_forward_only"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF NEW."status" <> OLD."status" AND NOT (
    (OLD."status" = ''ACTIVE'' AND NEW."status" IN (''CANCELLED'', ''REVOKED''))
    OR (OLD."status" = ''REVOKED'' AND NEW."status" = ''CANCELLED'')) THEN
    RAISE EXCEPTION ''license % cannot go from % to %'', OLD."id", OLD."status", NEW."status" USING ERRCODE = ''check_violation''\073
  END IF\073
  RETURN NEW\073
END\073
';
CREATE TRIGGER "licenses_status_forward_only" BEFORE UPDATE OF "status" ON "licenses"
  FOR EACH ROW EXECUTE FUNCTION "license_status_forward_only"();

-- At most five administrators per license. Locking the license row serialises concurrent appointments.
CREATE FUNCTION "license_administrators_at_most_five"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM 1 FROM "licenses" WHERE "id" = NEW."license_id" FOR UPDATE\073
  IF (SELECT count(*) FROM "license_administrators" WHERE "license_id" = NEW."license_id") >= 5 THEN
    RAISE EXCEPTION ''license % already has five administrators'', NEW."license_id" USING ERRCODE = ''check_violation''\073
  END IF\073
  RETURN NEW\073
END\073
';
CREATE TRIGGER "license_administrators_at_most_five" BEFORE INSERT OR UPDATE OF "license_id" ON "license_administrators"
  FOR EACH ROW EXECUTE FUNCTION "license_administrators_at_most_five"();

ALTER TABLE "license_grants"
  ADD CONSTRAINT "license_grants_code_hash_shape" CHECK ("code_hash" ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT "license_grants_expires_after_creation" CHECK ("expires_at" > "created_at"),
  ADD CONSTRAINT "license_grants_use_complete" CHECK (
    ("used_at" IS NULL) = ("used_by_id" IS NULL) AND ("used_at" IS NULL) = ("used_for_case_id" IS NULL)),
  ADD CONSTRAINT "license_grants_used_or_revoked" CHECK ("used_at" IS NULL OR "revoked_at" IS NULL);

-- No two live codes share a hash, so a typed code always names exactly one license. The advisory lock on the
-- hash makes the check race-free between concurrent inserts.
CREATE FUNCTION "license_grants_live_code_unique"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(NEW."code_hash", 36904))\073
  IF EXISTS (SELECT 1 FROM "license_grants" WHERE "code_hash" = NEW."code_hash" AND "used_at" IS NULL
             AND "revoked_at" IS NULL AND "expires_at" > NEW."created_at") THEN
    RAISE EXCEPTION ''a live code with this hash exists'' USING ERRCODE = ''unique_violation''\073
  END IF\073
  RETURN NEW\073
END\073
';
CREATE TRIGGER "license_grants_live_code_unique" BEFORE INSERT ON "license_grants"
  FOR EACH ROW EXECUTE FUNCTION "license_grants_live_code_unique"();

-- A grant changes once (used or revoked) and then never again, and its code, license and expiry never change.
CREATE FUNCTION "license_grants_change_once"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF OLD."used_at" IS NOT NULL OR OLD."revoked_at" IS NOT NULL
     OR NEW."code_hash" <> OLD."code_hash" OR NEW."license_id" <> OLD."license_id"
     OR NEW."expires_at" <> OLD."expires_at" OR NEW."created_by_id" <> OLD."created_by_id"
     OR NEW."created_at" <> OLD."created_at" THEN
    RAISE EXCEPTION ''license grant % can no longer change'', OLD."id" USING ERRCODE = ''check_violation''\073
  END IF\073
  RETURN NEW\073
END\073
';
CREATE TRIGGER "license_grants_change_once" BEFORE UPDATE ON "license_grants"
  FOR EACH ROW EXECUTE FUNCTION "license_grants_change_once"();
CREATE TRIGGER "license_grants_no_delete" BEFORE DELETE ON "license_grants"
  FOR EACH ROW EXECUTE FUNCTION "forbid_row_change"();

-- One successful fetch per code, and every log row names who fetched.
CREATE UNIQUE INDEX "license_access_logs_one_grant_per_code" ON "license_access_logs"("grant_id")
  WHERE "outcome" = 'GRANTED';
ALTER TABLE "license_access_logs"
  ADD CONSTRAINT "license_access_logs_has_actor" CHECK ("user_id" IS NOT NULL OR "api_client_id" IS NOT NULL);

-- A fetched license is a level-A material, and a draft's material slot holds at most one fetched license.
ALTER TABLE "case_materials"
  ADD CONSTRAINT "case_materials_license_is_level_a" CHECK ("license_id" IS NULL OR "trust_level" = 'A'),
  ADD CONSTRAINT "case_materials_snapshot_needs_license" CHECK ("license_snapshot" IS NULL OR "license_id" IS NOT NULL);
CREATE UNIQUE INDEX "case_materials_one_license_per_slot" ON "case_materials"("case_id", "item_material_id")
  WHERE "license_id" IS NOT NULL;

ALTER TABLE "throttle_attempts"
  ADD CONSTRAINT "throttle_attempts_expiry_after_attempt" CHECK ("expires_at" > "attempted_at");
