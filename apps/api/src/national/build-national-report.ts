import type { Prisma } from '../generated/prisma/client.ts';
import { jobPrincipal } from '../auth/principal.ts';
import { evaluationPolicy } from '../evaluation/evaluation-policy.ts';
import { EVALUATION_EVENTS } from '../evaluation/index.ts';
import type { OutboxEvent } from '../jobs/outbox-handler.ts';

export const NATIONAL_REPORTING_JOB = 'national-reporting';

/**
 * What the national 好差评 system receives for one event (docs/national-reporting.md): the case number, item
 * code, department code, applicant type, region code, apply and completion times (domain.md), the
 * evaluation as it stands after the event, and the reply, 追评 or appeal decision the event is about.
 */
export interface NationalReportBody {
  eventId: string;
  eventType: string;
  occurredAt: string;
  caseNumber: string;
  itemCode: string;
  departmentCode: string;
  regionCode: string;
  /** 自然人 PERSON, 法人 COMPANY */
  applicantType: 'PERSON' | 'COMPANY';
  appliedAt: string | null;
  completedAt: string | null;
  evaluation: {
    level: string;
    channel: string;
    isDefault: boolean;
    comment: string | null;
    dimensionScores: Prisma.JsonValue;
    submittedAt: string;
  };
  note?: { kind: string; body: string; createdAt: string };
  appeal?: { status: string; decidedAt: string | null };
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** Reads the event's evaluation and case in the delivery's transaction and builds the report. */
export async function buildNationalReport(
  tx: Prisma.TransactionClient,
  event: OutboxEvent,
): Promise<NationalReportBody> {
  evaluationPolicy.require(jobPrincipal(NATIONAL_REPORTING_JOB), 'evaluation.read');
  const payload = event.payload as { evaluationId: string; noteId?: string; appealId?: string };
  const evaluation = await tx.evaluation.findUniqueOrThrow({
    where: { id: payload.evaluationId },
    include: {
      case: { include: { item: true, department: true, applicant: { select: { kind: true } } } },
    },
  });
  const kase = evaluation.case;
  const body: NationalReportBody = {
    eventId: event.id,
    eventType: event.type,
    occurredAt: event.occurredAt.toISOString(),
    caseNumber: kase.businessNumber,
    itemCode: kase.item.code,
    departmentCode: kase.department.code,
    regionCode: kase.department.regionCode,
    applicantType: kase.applicant.kind,
    appliedAt: iso(kase.appliedAt),
    completedAt: iso(kase.completedAt),
    evaluation: {
      level: evaluation.level,
      channel: evaluation.channel,
      isDefault: evaluation.isDefault,
      comment: evaluation.comment,
      dimensionScores: evaluation.dimensionScores ?? null,
      submittedAt: evaluation.submittedAt.toISOString(),
    },
  };
  if (
    (event.type === EVALUATION_EVENTS.replied || event.type === EVALUATION_EVENTS.followedUp) &&
    payload.noteId
  ) {
    const note = await tx.evaluationReply.findUniqueOrThrow({ where: { id: payload.noteId } });
    body.note = { kind: note.kind, body: note.body, createdAt: note.createdAt.toISOString() };
  }
  if (event.type === EVALUATION_EVENTS.appealDecided && payload.appealId) {
    const appeal = await tx.evaluationAppeal.findUniqueOrThrow({ where: { id: payload.appealId } });
    body.appeal = { status: appeal.status, decidedAt: iso(appeal.decidedAt) };
  }
  return body;
}
