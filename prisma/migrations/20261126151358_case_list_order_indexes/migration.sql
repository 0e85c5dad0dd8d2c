-- CreateIndex
CREATE INDEX "cases_applicant_id_applied_at_id_idx" ON "cases"("applicant_id", "applied_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "cases_department_id_applied_at_id_idx" ON "cases"("department_id", "applied_at" DESC, "id" DESC);
