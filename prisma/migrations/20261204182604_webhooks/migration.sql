-- Partner webhooks: a client's HTTPS endpoints and the event types each wants (webhook/register-webhook-endpoint.ts).
CREATE TABLE "webhook_endpoints" (
    "id" UUID NOT NULL,
    "client_id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "event_types" TEXT[] NOT NULL,
    "secret" TEXT NOT NULL,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabled_at" TIMESTAMPTZ(3),

    CONSTRAINT "webhook_endpoints_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "webhook_endpoints_client_id_url_key" ON "webhook_endpoints"("client_id", "url");
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "api_clients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The rules the code states, enforced here too: an https URL (http only for the loopback host), known event
-- types, at least one, and a disabled endpoint says when.
ALTER TABLE "webhook_endpoints"
  ADD CONSTRAINT "webhook_endpoints_url_scheme" CHECK (
    "url" ~ '^https://' OR "url" ~ '^http://(localhost|127\.0\.0\.1|\[::1\])(:[0-9]+)?(/|$)'),
  ADD CONSTRAINT "webhook_endpoints_event_types" CHECK (
    cardinality("event_types") > 0 AND "event_types" <@ ARRAY['case.created', 'case.status_changed',
      'case.completed', 'evaluation.submitted', 'evaluation.default_given', 'evaluation.replied',
      'evaluation.followed_up', 'evaluation.appeal_decided']::text[]),
  ADD CONSTRAINT "webhook_endpoints_disabled_has_time" CHECK ("is_active" = ("disabled_at" IS NULL));

-- Fan-out: besides the registered subscribers, one delivery per active endpoint of an active client that wants
-- the type and whose department is the case's (the aggregate is the case id). Subscriber: webhook:<endpoint id>.
CREATE OR REPLACE FUNCTION "outbox_fan_out"() RETURNS trigger LANGUAGE plpgsql AS E'
DECLARE
  case_id uuid\073
BEGIN
  INSERT INTO "outbox_deliveries" ("subscriber", "event_id", "seq", "aggregate")
  SELECT s."subscriber", NEW."id", NEW."seq", NEW."aggregate"
    FROM "outbox_subscriptions" s WHERE s."event_type" = NEW."type"\073
  IF NEW."aggregate" ~ ''^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$''
     AND EXISTS (SELECT 1 FROM "webhook_endpoints" w WHERE w."is_active" AND NEW."type" = ANY(w."event_types")) THEN
    case_id := NEW."aggregate"::uuid\073
    INSERT INTO "outbox_deliveries" ("subscriber", "event_id", "seq", "aggregate")
    SELECT ''webhook:'' || w."id", NEW."id", NEW."seq", NEW."aggregate"
      FROM "webhook_endpoints" w
      JOIN "api_clients" c ON c."id" = w."client_id" AND c."is_active"
      JOIN "cases" k ON k."id" = case_id AND k."department_id" = c."department_id"
     WHERE w."is_active" AND NEW."type" = ANY(w."event_types")\073
  END IF\073
  RETURN NULL\073
END';
