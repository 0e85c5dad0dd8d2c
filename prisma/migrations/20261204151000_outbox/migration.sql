-- The outbox (issue 14): events written in the transaction of the change they report, fanned out to each
-- subscribed handler as a delivery row by a trigger in the same transaction, handled once by the worker.
CREATE TYPE "OutboxDeliveryStatus" AS ENUM ('PENDING', 'DONE', 'DEAD');

CREATE TABLE "outbox_events" (
    "id" UUID NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "aggregate" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "outbox_subscriptions" (
    "subscriber" TEXT NOT NULL,
    "event_type" TEXT NOT NULL,

    CONSTRAINT "outbox_subscriptions_pkey" PRIMARY KEY ("subscriber","event_type")
);

CREATE TABLE "outbox_deliveries" (
    "subscriber" TEXT NOT NULL,
    "event_id" UUID NOT NULL,
    "seq" BIGINT NOT NULL,
    "aggregate" TEXT NOT NULL,
    "status" "OutboxDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "available_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "handled_at" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_deliveries_pkey" PRIMARY KEY ("subscriber","event_id")
);

CREATE UNIQUE INDEX "outbox_events_seq_key" ON "outbox_events"("seq");
CREATE INDEX "outbox_events_aggregate_seq_idx" ON "outbox_events"("aggregate", "seq");

ALTER TABLE "outbox_deliveries" ADD CONSTRAINT "outbox_deliveries_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "outbox_events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- What the dispatcher reads: a subscriber's pending deliveries in seq order, and whether an earlier delivery
-- of the same aggregate is still open (then the later one waits).
CREATE INDEX "outbox_deliveries_pending_idx" ON "outbox_deliveries" ("subscriber", "seq") WHERE "status" = 'PENDING';
CREATE INDEX "outbox_deliveries_open_idx" ON "outbox_deliveries" ("subscriber", "aggregate", "seq") WHERE "status" <> 'DONE';

ALTER TABLE "outbox_events"
  ADD CONSTRAINT "outbox_events_type_shape" CHECK ("type" ~ '^[a-z][a-z_]*(\.[a-z][a-z_]*)+$'),
  ADD CONSTRAINT "outbox_events_aggregate_present" CHECK ("aggregate" <> '');
ALTER TABLE "outbox_deliveries"
  ADD CONSTRAINT "outbox_deliveries_attempts" CHECK ("attempts" >= 0),
  ADD CONSTRAINT "outbox_deliveries_done_has_time" CHECK (("status" = 'DONE') = ("handled_at" IS NOT NULL));

-- Writers of one aggregate wait for each other until commit (a transaction-scoped advisory lock, taken before
-- the event's seq is drawn), so within an aggregate seq order is commit order. Every insert into
-- outbox_events passes its aggregate through this (jobs/record-outbox-event.ts, the default sweep's SQL).
CREATE FUNCTION "outbox_serialise"("aggregate" text) RETURNS text LANGUAGE plpgsql VOLATILE AS E'
BEGIN
  PERFORM pg_advisory_xact_lock(28514, hashtext("aggregate"))\073
  RETURN "aggregate"\073
END';

-- An event is a fact: never rewritten (retention may delete old ones).
CREATE FUNCTION "outbox_events_immutable"() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN RAISE EXCEPTION ''outbox events are append-only'' USING ERRCODE = ''restrict_violation''\073 END';
CREATE TRIGGER "outbox_events_no_update" BEFORE UPDATE ON "outbox_events"
  FOR EACH ROW EXECUTE FUNCTION "outbox_events_immutable"();

-- Fan-out in the recording transaction: one delivery per subscriber of the event's type. A worker adding a
-- subscription takes an ACCESS EXCLUSIVE lock on outbox_subscriptions, so no recording transaction is between
-- reading the old list and committing while the new subscription backfills (jobs/outbox-subscriptions.ts).
CREATE FUNCTION "outbox_fan_out"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "outbox_deliveries" ("subscriber", "event_id", "seq", "aggregate")
  SELECT s."subscriber", NEW."id", NEW."seq", NEW."aggregate"
    FROM "outbox_subscriptions" s WHERE s."event_type" = NEW."type"\073
  RETURN NULL\073
END';
CREATE TRIGGER "outbox_events_fan_out" AFTER INSERT ON "outbox_events"
  FOR EACH ROW EXECUTE FUNCTION "outbox_fan_out"();
