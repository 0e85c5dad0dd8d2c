-- 评价统计 over a period (a month on a dashboard) reads that period's evaluations, not all of them.
CREATE INDEX "evaluations_submitted_at_idx" ON "evaluations"("submitted_at");
