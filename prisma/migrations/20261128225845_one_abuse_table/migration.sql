-- One table for all sign-in and abuse state: the license code-entry lockout moves from "throttle_attempts"
-- into "abuse_counters" (attempt-lockout mode: one row per attempt instant, expiring with its window).
-- The rows are short-lived (15 minutes at most), so losing them would only lift a lockout early. The live
-- ones are carried over all the same, so a user locked out before the upgrade stays locked out after it.
INSERT INTO "abuse_counters" ("key", "window_start", "count", "expires_at")
SELECT "key", "attempted_at", count(*)::integer, max("expires_at")
  FROM "throttle_attempts"
 WHERE "expires_at" > now()
 GROUP BY "key", "attempted_at"
ON CONFLICT ("key", "window_start") DO UPDATE SET "count" = "abuse_counters"."count" + EXCLUDED."count";

-- DropTable
DROP TABLE "throttle_attempts";
