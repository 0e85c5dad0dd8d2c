-- CreateEnum
CREATE TYPE "UserKind" AS ENUM ('PERSON', 'COMPANY');

-- CreateEnum
CREATE TYPE "RealNameLevel" AS ENUM ('UNVERIFIED', 'REAL_NAME', 'REAL_PERSON');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CITIZEN', 'WINDOW_STAFF', 'DEPARTMENT_STAFF', 'SUPERVISOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "LicenseType" AS ENUM ('BUSINESS_LICENSE');

-- CreateEnum
CREATE TYPE "CaseSource" AS ENUM ('ONLINE', 'INTERCONNECTED', 'WINDOW');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('DRAFT', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'CORRECTION_REQUIRED', 'ACCEPTED_ON_COMMITMENT', 'REJECTED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "DeliveryMethod" AS ENUM ('WINDOW_PICKUP', 'EMS');

-- CreateEnum
CREATE TYPE "TrustLevel" AS ENUM ('A', 'B', 'C', 'D');

-- CreateEnum
CREATE TYPE "EvaluationLevel" AS ENUM ('VERY_SATISFIED', 'SATISFIED', 'BASIC', 'DISSATISFIED', 'VERY_DISSATISFIED');

-- CreateEnum
CREATE TYPE "EvaluationChannel" AS ENUM ('PC', 'MOBILE', 'WINDOW_DEVICE', 'SMS', 'HOTLINE', 'SYSTEM_DEFAULT');

-- CreateEnum
CREATE TYPE "EvaluationReplyKind" AS ENUM ('REPLY', 'CALLBACK', 'RECTIFICATION', 'FOLLOW_UP');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('PENDING', 'UPHELD', 'DISMISSED');

-- CreateEnum
CREATE TYPE "LicenseStatus" AS ENUM ('ACTIVE', 'CANCELLED', 'REVOKED');

-- CreateEnum
CREATE TYPE "AccessOutcome" AS ENUM ('GRANTED', 'DENIED');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "kind" "UserKind" NOT NULL DEFAULT 'PERSON',
    "name" TEXT NOT NULL,
    "id_number_cipher" TEXT NOT NULL,
    "id_number_hash" TEXT NOT NULL,
    "id_number_masked" TEXT NOT NULL,
    "phone_cipher" TEXT,
    "phone_hash" TEXT,
    "phone_masked" TEXT,
    "password_hash" TEXT,
    "real_name_level" "RealNameLevel" NOT NULL DEFAULT 'UNVERIFIED',
    "roles" "Role"[] DEFAULT ARRAY['CITIZEN']::"Role"[],
    "company_credit_code" CHAR(18),
    "company_name" TEXT,
    "department_id" UUID,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "departments" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "region_code" CHAR(6) NOT NULL,
    "credit_code" CHAR(18),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "departments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_items" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "department_id" UUID NOT NULL,
    "online_applicable" BOOLEAN NOT NULL DEFAULT true,
    "promised_days" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "service_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "service_item_materials" (
    "id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "required" BOOLEAN NOT NULL DEFAULT true,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "license_type" "LicenseType",

    CONSTRAINT "service_item_materials_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "cases" (
    "id" UUID NOT NULL,
    "business_number" TEXT NOT NULL,
    "source" "CaseSource" NOT NULL,
    "origin_system" TEXT NOT NULL,
    "applicant_id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "department_id" UUID NOT NULL,
    "status" "CaseStatus" NOT NULL,
    "applied_at" TIMESTAMPTZ(3),
    "accepted_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    "status_changed_at" TIMESTAMPTZ(3) NOT NULL,
    "commitment_due_at" TIMESTAMPTZ(3),
    "result_summary" TEXT,
    "delivery_method" "DeliveryMethod",
    "tracking_number" TEXT,
    "recorded_by_id" UUID,
    "api_client_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "cases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_events" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "from_status" "CaseStatus",
    "to_status" "CaseStatus" NOT NULL,
    "actor_user_id" UUID,
    "actor_client_id" UUID,
    "reason" TEXT,
    "details" JSONB,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_materials" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "item_material_id" UUID,
    "name" TEXT NOT NULL,
    "trust_level" "TrustLevel" NOT NULL DEFAULT 'D',
    "file_name" TEXT,
    "content_type" TEXT,
    "size_bytes" INTEGER,
    "sha256" CHAR(64),
    "storage_key" TEXT,
    "license_id" UUID,
    "uploaded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_materials_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluations" (
    "id" UUID NOT NULL,
    "case_id" UUID NOT NULL,
    "evaluator_id" UUID,
    "level" "EvaluationLevel" NOT NULL,
    "comment" TEXT,
    "channel" "EvaluationChannel" NOT NULL,
    "is_default" BOOLEAN NOT NULL DEFAULT false,
    "dimension_scores" JSONB,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    "reply_due_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evaluations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation_replies" (
    "id" UUID NOT NULL,
    "evaluation_id" UUID NOT NULL,
    "kind" "EvaluationReplyKind" NOT NULL,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evaluation_replies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evaluation_appeals" (
    "id" UUID NOT NULL,
    "evaluation_id" UUID NOT NULL,
    "department_id" UUID NOT NULL,
    "filed_by_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "AppealStatus" NOT NULL DEFAULT 'PENDING',
    "decided_by_id" UUID,
    "decision_note" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evaluation_appeals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "licenses" (
    "id" UUID NOT NULL,
    "identifier" TEXT NOT NULL,
    "type" "LicenseType" NOT NULL,
    "holder_credit_code" CHAR(18) NOT NULL,
    "holder_name" TEXT NOT NULL,
    "issuer_name" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "status" "LicenseStatus" NOT NULL DEFAULT 'ACTIVE',
    "issued_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "licenses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "license_grants" (
    "id" UUID NOT NULL,
    "license_id" UUID NOT NULL,
    "grantee_id" UUID,
    "code_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "license_grants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "license_access_logs" (
    "id" UUID NOT NULL,
    "license_id" UUID,
    "user_id" UUID,
    "api_client_id" UUID,
    "case_id" UUID,
    "purpose" TEXT NOT NULL,
    "outcome" "AccessOutcome" NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "license_access_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_logs" (
    "id" UUID NOT NULL,
    "actor_user_id" UUID,
    "actor_client_id" UUID,
    "action" TEXT NOT NULL,
    "subject_type" TEXT NOT NULL,
    "subject_id" TEXT,
    "details" JSONB,
    "ip" TEXT,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_clients" (
    "id" UUID NOT NULL,
    "client_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "department_id" UUID NOT NULL,
    "scopes" TEXT[],
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_clients_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_access_tokens" (
    "id" UUID NOT NULL,
    "api_client_id" UUID NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "scopes" TEXT[],
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_access_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_id_number_hash_key" ON "users"("id_number_hash");

-- CreateIndex
CREATE UNIQUE INDEX "users_phone_hash_key" ON "users"("phone_hash");

-- CreateIndex
CREATE INDEX "users_department_id_idx" ON "users"("department_id");

-- CreateIndex
CREATE UNIQUE INDEX "departments_code_key" ON "departments"("code");

-- CreateIndex
CREATE UNIQUE INDEX "service_items_code_key" ON "service_items"("code");

-- CreateIndex
CREATE INDEX "service_items_department_id_idx" ON "service_items"("department_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_item_materials_item_id_name_key" ON "service_item_materials"("item_id", "name");

-- CreateIndex
CREATE INDEX "cases_applicant_id_status_applied_at_id_idx" ON "cases"("applicant_id", "status", "applied_at" DESC, "id");

-- CreateIndex
CREATE INDEX "cases_department_id_status_applied_at_idx" ON "cases"("department_id", "status", "applied_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "cases_source_origin_system_business_number_key" ON "cases"("source", "origin_system", "business_number");

-- CreateIndex
CREATE INDEX "case_events_case_id_occurred_at_idx" ON "case_events"("case_id", "occurred_at");

-- CreateIndex
CREATE INDEX "case_materials_case_id_idx" ON "case_materials"("case_id");

-- CreateIndex
CREATE UNIQUE INDEX "evaluations_case_id_key" ON "evaluations"("case_id");

-- CreateIndex
CREATE INDEX "evaluations_level_submitted_at_idx" ON "evaluations"("level", "submitted_at");

-- CreateIndex
CREATE INDEX "evaluation_replies_evaluation_id_created_at_idx" ON "evaluation_replies"("evaluation_id", "created_at");

-- CreateIndex
CREATE INDEX "evaluation_appeals_evaluation_id_idx" ON "evaluation_appeals"("evaluation_id");

-- CreateIndex
CREATE UNIQUE INDEX "licenses_identifier_key" ON "licenses"("identifier");

-- CreateIndex
CREATE INDEX "licenses_holder_credit_code_idx" ON "licenses"("holder_credit_code");

-- CreateIndex
CREATE INDEX "license_grants_license_id_idx" ON "license_grants"("license_id");

-- CreateIndex
CREATE INDEX "license_access_logs_license_id_occurred_at_idx" ON "license_access_logs"("license_id", "occurred_at");

-- CreateIndex
CREATE INDEX "audit_logs_subject_type_subject_id_idx" ON "audit_logs"("subject_type", "subject_id");

-- CreateIndex
CREATE INDEX "audit_logs_actor_user_id_occurred_at_idx" ON "audit_logs"("actor_user_id", "occurred_at");

-- CreateIndex
CREATE UNIQUE INDEX "api_clients_client_id_key" ON "api_clients"("client_id");

-- CreateIndex
CREATE UNIQUE INDEX "api_access_tokens_token_hash_key" ON "api_access_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "api_access_tokens_api_client_id_idx" ON "api_access_tokens"("api_client_id");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_items" ADD CONSTRAINT "service_items_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_item_materials" ADD CONSTRAINT "service_item_materials_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "service_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_applicant_id_fkey" FOREIGN KEY ("applicant_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "service_items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "cases" ADD CONSTRAINT "cases_api_client_id_fkey" FOREIGN KEY ("api_client_id") REFERENCES "api_clients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_user_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_client_id_fkey" FOREIGN KEY ("actor_client_id") REFERENCES "api_clients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_item_material_id_fkey" FOREIGN KEY ("item_material_id") REFERENCES "service_item_materials"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_license_id_fkey" FOREIGN KEY ("license_id") REFERENCES "licenses"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_materials" ADD CONSTRAINT "case_materials_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_evaluator_id_fkey" FOREIGN KEY ("evaluator_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_replies" ADD CONSTRAINT "evaluation_replies_evaluation_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_replies" ADD CONSTRAINT "evaluation_replies_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_appeals" ADD CONSTRAINT "evaluation_appeals_evaluation_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_appeals" ADD CONSTRAINT "evaluation_appeals_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_appeals" ADD CONSTRAINT "evaluation_appeals_filed_by_id_fkey" FOREIGN KEY ("filed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evaluation_appeals" ADD CONSTRAINT "evaluation_appeals_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "license_grants" ADD CONSTRAINT "license_grants_license_id_fkey" FOREIGN KEY ("license_id") REFERENCES "licenses"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "license_grants" ADD CONSTRAINT "license_grants_grantee_id_fkey" FOREIGN KEY ("grantee_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "license_access_logs" ADD CONSTRAINT "license_access_logs_license_id_fkey" FOREIGN KEY ("license_id") REFERENCES "licenses"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "license_access_logs" ADD CONSTRAINT "license_access_logs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "license_access_logs" ADD CONSTRAINT "license_access_logs_api_client_id_fkey" FOREIGN KEY ("api_client_id") REFERENCES "api_clients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "license_access_logs" ADD CONSTRAINT "license_access_logs_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_actor_user_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_actor_client_id_fkey" FOREIGN KEY ("actor_client_id") REFERENCES "api_clients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_access_tokens" ADD CONSTRAINT "api_access_tokens_api_client_id_fkey" FOREIGN KEY ("api_client_id") REFERENCES "api_clients"("id") ON DELETE CASCADE ON UPDATE CASCADE;
