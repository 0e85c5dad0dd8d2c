import type { Case, CaseStatus, Prisma } from '../generated/prisma/client.ts';
import { recordOutboxEvent } from '../jobs/record-outbox-event.ts';
import { LIST_OF_STATUS } from './case-lists.ts';

/** The case events a handler may subscribe to; aggregate: the case id (one case's events keep their order). */
export const CASE_EVENTS = {
  /** payload: caseId, businessNumber, source, status, list, departmentId, occurredAt */
  created: 'case.created',
  /** every status change; payload: caseId, from, to, fromList, toList (a 我的办件 list change when they differ) */
  statusChanged: 'case.status_changed',
  /**办结 (also when a case is created completed, e.g. synced by a partner): caseId, completedAt */
  completed: 'case.completed',
} as const;

type Tx = Prisma.TransactionClient;
type NewCase = Pick<Case, 'id' | 'businessNumber' | 'source' | 'status' | 'departmentId' | 'completedAt'>;

export async function recordCaseCreated(tx: Tx, kase: NewCase, occurredAt: Date): Promise<void> {
  await recordOutboxEvent(tx, {
    type: CASE_EVENTS.created,
    aggregate: kase.id,
    occurredAt,
    payload: {
      caseId: kase.id,
      businessNumber: kase.businessNumber,
      source: kase.source,
      status: kase.status,
      list: LIST_OF_STATUS[kase.status],
      departmentId: kase.departmentId,
      occurredAt: occurredAt.toISOString(),
    },
  });
  if (kase.status === 'COMPLETED') await recordCompleted(tx, kase.id, kase.completedAt ?? occurredAt);
}

export async function recordCaseStatusChange(
  tx: Tx,
  change: { caseId: string; from: CaseStatus; to: CaseStatus; occurredAt: Date },
): Promise<void> {
  await recordOutboxEvent(tx, {
    type: CASE_EVENTS.statusChanged,
    aggregate: change.caseId,
    occurredAt: change.occurredAt,
    payload: {
      caseId: change.caseId,
      from: change.from,
      to: change.to,
      fromList: LIST_OF_STATUS[change.from],
      toList: LIST_OF_STATUS[change.to],
      occurredAt: change.occurredAt.toISOString(),
    },
  });
  if (change.to === 'COMPLETED') await recordCompleted(tx, change.caseId, change.occurredAt);
}

function recordCompleted(tx: Tx, caseId: string, completedAt: Date) {
  return recordOutboxEvent(tx, {
    type: CASE_EVENTS.completed,
    aggregate: caseId,
    occurredAt: completedAt,
    payload: { caseId, completedAt: completedAt.toISOString() },
  });
}
