-- 差评 reply deadlines announced to partners once: the row is the announcement's idempotency key (an
-- evaluation is announced at most once, whichever worker runs the job, however often).
CREATE TABLE "evaluation_reply_due_notices" (
    "evaluation_id" UUID NOT NULL,
    "announced_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "evaluation_reply_due_notices_pkey" PRIMARY KEY ("evaluation_id")
);

ALTER TABLE "evaluation_reply_due_notices" ADD CONSTRAINT "evaluation_reply_due_notices_evaluation_id_fkey"
  FOREIGN KEY ("evaluation_id") REFERENCES "evaluations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Partners may subscribe to the new event type.
ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "webhook_endpoints_event_types";
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_event_types" CHECK (
    cardinality("event_types") > 0 AND "event_types" <@ ARRAY['case.created', 'case.status_changed',
      'case.completed', 'evaluation.submitted', 'evaluation.default_given', 'evaluation.replied',
      'evaluation.followed_up', 'evaluation.appeal_decided', 'evaluation.reply_due_soon']::text[]);
