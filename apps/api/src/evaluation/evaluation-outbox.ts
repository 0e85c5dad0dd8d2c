import type { Evaluation, EvaluationAppeal, EvaluationReply, Prisma } from '../generated/prisma/client.ts';
import { recordOutboxEvent } from '../jobs/record-outbox-event.ts';

/**
 * The 好差评 events a handler may subscribe to (national reporting, partner webhooks). Aggregate: the case id,
 * so one case's evaluation events keep their order with its case events. Payload fields are listed per type.
 */
export const EVALUATION_EVENTS = {
  /** the applicant's evaluation: evaluationId, caseId, level, channel, comment, dimensionScores, submittedAt, replyDueAt */
  submitted: 'evaluation.submitted',
  /** 系统默认评价 by the sweep: evaluationId, caseId, level, channel, submittedAt */
  defaultGiven: 'evaluation.default_given',
  /** the department's reply (回复), a call-back (回访) or rectification (整改) note: evaluationId, caseId, noteId, kind, createdAt */
  replied: 'evaluation.replied',
  /** 追评: evaluationId, caseId, noteId, createdAt */
  followedUp: 'evaluation.followed_up',
  /** an appeal upheld or dismissed: appealId, evaluationId, caseId, status, decidedAt */
  appealDecided: 'evaluation.appeal_decided',
} as const;

/**
 * Deadlines coming, for partner webhooks only (not reported to the national system: nothing changed).
 * `reply_due_soon`: evaluationId, caseId, replyDueAt — once per bad review, when its reply falls due soon.
 */
export const EVALUATION_DEADLINE_EVENTS = {
  replyDueSoon: 'evaluation.reply_due_soon',
} as const;

type Tx = Prisma.TransactionClient;

export function recordEvaluationSubmitted(tx: Tx, evaluation: Evaluation): Promise<void> {
  return recordOutboxEvent(tx, {
    type: EVALUATION_EVENTS.submitted,
    aggregate: evaluation.caseId,
    occurredAt: evaluation.submittedAt,
    payload: {
      evaluationId: evaluation.id,
      caseId: evaluation.caseId,
      level: evaluation.level,
      channel: evaluation.channel,
      comment: evaluation.comment,
      dimensionScores: evaluation.dimensionScores ?? null,
      submittedAt: evaluation.submittedAt.toISOString(),
      replyDueAt: evaluation.replyDueAt?.toISOString() ?? null,
    },
  });
}

export function recordEvaluationNote(tx: Tx, caseId: string, note: EvaluationReply): Promise<void> {
  const followUp = note.kind === 'FOLLOW_UP';
  return recordOutboxEvent(tx, {
    type: followUp ? EVALUATION_EVENTS.followedUp : EVALUATION_EVENTS.replied,
    aggregate: caseId,
    occurredAt: note.createdAt,
    payload: {
      evaluationId: note.evaluationId,
      caseId,
      noteId: note.id,
      ...(followUp ? {} : { kind: note.kind }),
      createdAt: note.createdAt.toISOString(),
    },
  });
}

export function recordAppealDecided(tx: Tx, caseId: string, appeal: EvaluationAppeal): Promise<void> {
  return recordOutboxEvent(tx, {
    type: EVALUATION_EVENTS.appealDecided,
    aggregate: caseId,
    occurredAt: appeal.decidedAt ?? undefined,
    payload: {
      appealId: appeal.id,
      evaluationId: appeal.evaluationId,
      caseId,
      status: appeal.status,
      decidedAt: appeal.decidedAt?.toISOString() ?? null,
    },
  });
}
