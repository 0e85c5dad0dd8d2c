-- AlterTable
ALTER TABLE "api_clients" ADD COLUMN     "rate_limit_points" INTEGER;

-- CreateTable
CREATE TABLE "abuse_counters" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "abuse_counters_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateIndex
CREATE INDEX "abuse_counters_expires_at_idx" ON "abuse_counters"("expires_at");


-- Counts never go negative, and a client's own budget, when set, is positive.
ALTER TABLE "abuse_counters" ADD CONSTRAINT "abuse_counters_count_check" CHECK ("count" >= 0 AND "expires_at" > "window_start");
ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_rate_limit_points_check" CHECK ("rate_limit_points" IS NULL OR "rate_limit_points" > 0);
