-- CreateEnum
CREATE TYPE "PhoneCodePurpose" AS ENUM ('REGISTER', 'RESET_PASSWORD');

-- CreateEnum
CREATE TYPE "ConsentDocument" AS ENUM ('TERMS', 'PRIVACY_NOTICE');

-- CreateEnum
CREATE TYPE "FirmLinkStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'CANCELLED');

-- AlterTable
ALTER TABLE "users" ALTER COLUMN "id_number_cipher" DROP NOT NULL,
ALTER COLUMN "id_number_hash" DROP NOT NULL,
ALTER COLUMN "id_number_masked" DROP NOT NULL;

-- AlterTable
ALTER TABLE "service_items" ADD COLUMN     "required_level" "RealNameLevel" NOT NULL DEFAULT 'UNVERIFIED';

-- CreateTable
CREATE TABLE "phone_codes" (
    "id" UUID NOT NULL,
    "purpose" "PhoneCodePurpose" NOT NULL,
    "phone_hash" TEXT NOT NULL,
    "code_hash" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "superseded_at" TIMESTAMPTZ(3),

    CONSTRAINT "phone_codes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "consents" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "document" "ConsentDocument" NOT NULL,
    "version" TEXT NOT NULL,
    "accepted_at" TIMESTAMPTZ(3) NOT NULL,
    "ip" TEXT,

    CONSTRAINT "consents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "firm_links" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "credit_code" CHAR(18) NOT NULL,
    "firm_name" TEXT NOT NULL,
    "status" "FirmLinkStatus" NOT NULL DEFAULT 'PENDING',
    "requested_at" TIMESTAMPTZ(3) NOT NULL,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_id" UUID,

    CONSTRAINT "firm_links_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "phone_codes_phone_hash_purpose_idx" ON "phone_codes"("phone_hash", "purpose");

-- CreateIndex
CREATE UNIQUE INDEX "consents_user_id_document_version_key" ON "consents"("user_id", "document", "version");

-- CreateIndex
CREATE INDEX "firm_links_user_id_idx" ON "firm_links"("user_id");

-- CreateIndex
CREATE INDEX "firm_links_credit_code_status_idx" ON "firm_links"("credit_code", "status");

-- AddForeignKey
ALTER TABLE "consents" ADD CONSTRAINT "consents_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "firm_links" ADD CONSTRAINT "firm_links_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "firm_links" ADD CONSTRAINT "firm_links_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Rules the database holds too (README Registration and 认证等级).
-- An ID number is stored whole or not at all, 实名 levels need one, every account can be reached by one of them.
ALTER TABLE "users"
  ADD CONSTRAINT "users_id_number_all_or_none" CHECK (
    ("id_number_cipher" IS NULL) = ("id_number_hash" IS NULL) AND ("id_number_hash" IS NULL) = ("id_number_masked" IS NULL)),
  ADD CONSTRAINT "users_real_name_has_id_number" CHECK ("real_name_level" = 'UNVERIFIED' OR "id_number_hash" IS NOT NULL),
  ADD CONSTRAINT "users_has_login" CHECK ("id_number_hash" IS NOT NULL OR "phone_hash" IS NOT NULL);

-- A code expires after it was made, it is used or superseded at most once, and not both.
ALTER TABLE "phone_codes"
  ADD CONSTRAINT "phone_codes_expiry_after_creation" CHECK ("expires_at" > "created_at"),
  ADD CONSTRAINT "phone_codes_used_or_superseded" CHECK ("used_at" IS NULL OR "superseded_at" IS NULL);
-- At most one live code per number and purpose: sending another supersedes the one before.
CREATE UNIQUE INDEX "phone_codes_one_live_per_phone" ON "phone_codes"("phone_hash", "purpose")
  WHERE "used_at" IS NULL AND "superseded_at" IS NULL;

ALTER TABLE "consents" ADD CONSTRAINT "consents_version_not_blank" CHECK (length(btrim("version")) > 0);

ALTER TABLE "firm_links"
  ADD CONSTRAINT "firm_links_credit_code_valid" CHECK ("credit_code_is_valid"("credit_code")),
  ADD CONSTRAINT "firm_links_decision_complete" CHECK (
    ("status" = 'PENDING') = ("decided_at" IS NULL)
    AND ("status" IN ('APPROVED', 'REJECTED')) = ("decided_by_id" IS NOT NULL));
-- One pending request per user and firm, a user acts for one firm at a time.
CREATE UNIQUE INDEX "firm_links_one_pending" ON "firm_links"("user_id", "credit_code") WHERE "status" = 'PENDING';
CREATE UNIQUE INDEX "firm_links_one_approved_per_user" ON "firm_links"("user_id") WHERE "status" = 'APPROVED';

-- 外商投资项目核准 is applied for online only by a 实名-verified applicant .
UPDATE "service_items" SET "required_level" = 'REAL_NAME' WHERE "code" = 'tj-ndrc-foreign-investment';

