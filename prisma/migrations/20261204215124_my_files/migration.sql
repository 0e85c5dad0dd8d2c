-- 我的文件: the files a person uploaded or fetched, newest first.
CREATE INDEX "case_materials_uploaded_by_id_created_at_id_idx" ON "case_materials"("uploaded_by_id", "created_at" DESC, "id" DESC);
