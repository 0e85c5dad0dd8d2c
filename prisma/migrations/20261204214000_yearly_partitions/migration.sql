-- Yearly range partitions for the two tables that grow without end and are written by every request of the
-- hall: the cases' timeline (case_events, ~100 million rows a year at city scale) and the audit log
-- (audit_logs: every read of personal data and every partner read). Years are Beijing years (+08:00). Each
-- table gets one partition per year (<table>_y<year>) and a DEFAULT partition for a row whose year has none:
-- the job `partitions-ahead` (apps/api/src/jobs/partitions-ahead.ts) creates the next year's partition in
-- advance, through ensure_year_partition() below. README: Running in production → Partitions by year.
--
-- PostgreSQL requires the partition key in every unique key: the primary keys become (id, occurred_at). No
-- table references either one. Not partitioned: license_access_logs (its rule "one GRANTED row per code" is a
-- unique index on grant_id alone, which a partitioned table cannot keep) and the outbox (a work queue whose
-- deliveries reference events by id: README says why).
--
-- Function bodies are E'' strings with \073 for each semicolon (see 20261126145100_invariants).

-- Makes a partition append-only like its table: statement-level triggers are not inherited (TRUNCATE of the
-- partition itself is refused too), and default privileges gave other roles UPDATE and DELETE on it.
CREATE FUNCTION "protect_partition"("child" TEXT) RETURNS VOID
  LANGUAGE plpgsql SET search_path = public, pg_temp AS E'
DECLARE
  grantee TEXT\073
BEGIN
  EXECUTE format(''CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION forbid_truncate()'',
                 child || ''_no_truncate'', child)\073
  FOR grantee IN
    SELECT DISTINCT a.grantee::regrole::text FROM pg_class c, aclexplode(c.relacl) a
    WHERE c.oid = child::regclass AND a.grantee <> c.relowner AND a.grantee <> 0
      AND a.privilege_type IN (''UPDATE'', ''DELETE'', ''TRUNCATE'')
  LOOP
    EXECUTE format(''REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM %s'', child, grantee)\073
  END LOOP\073
END\073
';
REVOKE ALL ON FUNCTION "protect_partition"(TEXT) FROM PUBLIC;

-- Creates <parent>_y<year> for one Beijing year (as the owner: SECURITY DEFINER, so the jobs worker, which
-- connects as the API's role and may not run DDL, can call it). Returns 'exists', 'created', or 'moved' when
-- rows of that year were waiting in the DEFAULT partition: then, in the same transaction, the default is
-- detached, the year and a new default are created, the waiting rows are inserted again (each lands in its
-- year's partition or the new default) and the old default is dropped: no row is changed or lost.
CREATE FUNCTION "ensure_year_partition"("parent" TEXT, "year" INT) RETURNS TEXT
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS E'
DECLARE
  child TEXT := parent || ''_y'' || year\073
  fallback TEXT := parent || ''_default''\073
  lower_bound TIMESTAMPTZ\073
  upper_bound TIMESTAMPTZ\073
  waiting INT\073
BEGIN
  IF parent NOT IN (''case_events'', ''audit_logs'') THEN
    RAISE EXCEPTION ''% is not partitioned by year'', parent USING ERRCODE = ''invalid_parameter_value''\073
  END IF\073
  IF year < 2000 OR year > 2200 THEN
    RAISE EXCEPTION ''year % is out of range'', year USING ERRCODE = ''invalid_parameter_value''\073
  END IF\073
  IF to_regclass(child) IS NOT NULL THEN
    RETURN ''exists''\073
  END IF\073
  lower_bound := make_timestamptz(year, 1, 1, 0, 0, 0, ''Asia/Shanghai'')\073
  upper_bound := make_timestamptz(year + 1, 1, 1, 0, 0, 0, ''Asia/Shanghai'')\073
  -- a partition is created under a short lock on the parent: never queue the hall behind a long transaction
  SET LOCAL lock_timeout = ''5s''\073
  EXECUTE format(''SELECT 1 FROM %I WHERE occurred_at >= $1 AND occurred_at < $2 LIMIT 1'', fallback)
    INTO waiting USING lower_bound, upper_bound\073
  IF waiting IS NULL THEN
    EXECUTE format(''CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)'', child, parent, lower_bound, upper_bound)\073
    PERFORM protect_partition(child)\073
    RETURN ''created''\073
  END IF\073
  EXECUTE format(''ALTER TABLE %I DETACH PARTITION %I'', parent, fallback)\073
  EXECUTE format(''ALTER TABLE %I RENAME TO %I'', fallback, fallback || ''_moving'')\073
  EXECUTE format(''CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)'', child, parent, lower_bound, upper_bound)\073
  PERFORM protect_partition(child)\073
  EXECUTE format(''CREATE TABLE %I PARTITION OF %I DEFAULT'', fallback, parent)\073
  PERFORM protect_partition(fallback)\073
  EXECUTE format(''INSERT INTO %I SELECT * FROM %I'', parent, fallback || ''_moving'')\073
  EXECUTE format(''DROP TABLE %I'', fallback || ''_moving'')\073
  RETURN ''moved''\073
END\073
';
REVOKE ALL ON FUNCTION "ensure_year_partition"(TEXT, INT) FROM PUBLIC;

-- ---------- case_events ----------
ALTER TABLE "case_events" RENAME TO "case_events_unpartitioned";
ALTER TABLE "case_events_unpartitioned" RENAME CONSTRAINT "case_events_pkey" TO "case_events_unpartitioned_pkey";
ALTER INDEX "case_events_case_id_occurred_at_idx" RENAME TO "case_events_unpartitioned_case_id_occurred_at_idx";

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

    CONSTRAINT "case_events_pkey" PRIMARY KEY ("id", "occurred_at")
) PARTITION BY RANGE ("occurred_at");
CREATE INDEX "case_events_case_id_occurred_at_idx" ON "case_events"("case_id", "occurred_at");
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_user_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_client_id_fkey" FOREIGN KEY ("actor_client_id") REFERENCES "api_clients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE TRIGGER "case_events_append_only" BEFORE UPDATE OR DELETE ON "case_events"
  FOR EACH ROW EXECUTE FUNCTION "forbid_row_change"();
CREATE TRIGGER "case_events_no_truncate" BEFORE TRUNCATE ON "case_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "forbid_truncate"();
CREATE TABLE "case_events_default" PARTITION OF "case_events" DEFAULT;
SELECT protect_partition('case_events_default');

-- ---------- audit_logs ----------
ALTER TABLE "audit_logs" RENAME TO "audit_logs_unpartitioned";
ALTER TABLE "audit_logs_unpartitioned" RENAME CONSTRAINT "audit_logs_pkey" TO "audit_logs_unpartitioned_pkey";
ALTER INDEX "audit_logs_subject_type_subject_id_idx" RENAME TO "audit_logs_unpartitioned_subject_idx";
ALTER INDEX "audit_logs_actor_user_id_occurred_at_idx" RENAME TO "audit_logs_unpartitioned_actor_idx";
ALTER INDEX "audit_logs_action_occurred_at_idx" RENAME TO "audit_logs_unpartitioned_action_idx";

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

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id", "occurred_at")
) PARTITION BY RANGE ("occurred_at");
CREATE INDEX "audit_logs_subject_type_subject_id_idx" ON "audit_logs"("subject_type", "subject_id");
CREATE INDEX "audit_logs_actor_user_id_occurred_at_idx" ON "audit_logs"("actor_user_id", "occurred_at");
CREATE INDEX "audit_logs_action_occurred_at_idx" ON "audit_logs"("action", "occurred_at");
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_actor_user_id_fkey" FOREIGN KEY ("actor_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_actor_client_id_fkey" FOREIGN KEY ("actor_client_id") REFERENCES "api_clients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
CREATE TRIGGER "audit_logs_append_only" BEFORE UPDATE OR DELETE ON "audit_logs"
  FOR EACH ROW EXECUTE FUNCTION "forbid_row_change"();
CREATE TRIGGER "audit_logs_no_truncate" BEFORE TRUNCATE ON "audit_logs"
  FOR EACH STATEMENT EXECUTE FUNCTION "forbid_truncate"();
CREATE TABLE "audit_logs_default" PARTITION OF "audit_logs" DEFAULT;
SELECT protect_partition('audit_logs_default');

-- ---------- the years the rows already have, this year and the next, then the rows ----------
DO E'
DECLARE
  parent TEXT\073
  y INT\073
BEGIN
  FOREACH parent IN ARRAY ARRAY[''case_events'', ''audit_logs''] LOOP
    FOR y IN EXECUTE format(
      ''SELECT DISTINCT extract(year FROM occurred_at AT TIME ZONE ''''Asia/Shanghai'''')::int FROM %I
        UNION SELECT generate_series(2019, extract(year FROM now() AT TIME ZONE ''''Asia/Shanghai'''')::int + 1)'',
      parent || ''_unpartitioned'')
    LOOP
      IF y BETWEEN 2000 AND 2200 THEN
        PERFORM ensure_year_partition(parent, y)\073
      END IF\073
    END LOOP\073
  END LOOP\073
END\073
';

INSERT INTO "case_events" ("id", "case_id", "from_status", "to_status", "actor_user_id", "actor_client_id", "reason",
                           "details", "occurred_at", "created_at")
  SELECT "id", "case_id", "from_status", "to_status", "actor_user_id", "actor_client_id", "reason", "details",
         "occurred_at", "created_at"
  FROM "case_events_unpartitioned";
DROP TABLE "case_events_unpartitioned";

INSERT INTO "audit_logs" ("id", "actor_user_id", "actor_client_id", "action", "subject_type", "subject_id", "details",
                          "ip", "occurred_at")
  SELECT "id", "actor_user_id", "actor_client_id", "action", "subject_type", "subject_id", "details", "ip",
         "occurred_at"
  FROM "audit_logs_unpartitioned";
DROP TABLE "audit_logs_unpartitioned";
