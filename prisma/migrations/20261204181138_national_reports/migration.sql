-- The admin's list of a subscriber's deliveries in every state, newest first (/admin/national-reports).
CREATE INDEX "outbox_deliveries_subscriber_seq_idx" ON "outbox_deliveries" ("subscriber", "seq");
