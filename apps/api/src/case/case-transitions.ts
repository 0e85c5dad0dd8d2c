import { CASE_STATUS_LABELS } from '@hall/labels';
import type { CaseStatus } from '../generated/prisma/client.ts';
import type { CaseAction } from '../generated/graphql.ts';

/**
 * The case lifecycle. A department moves a case forward; the applicant submits a draft and resubmits after
 * a 补正 notice. Anything not listed here is refused.
 */
export const ALLOWED_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  DRAFT: ['RECEIVED'],
  RECEIVED: ['ACCEPTED', 'ACCEPTED_ON_COMMITMENT', 'REJECTED', 'CORRECTION_REQUIRED'],
  CORRECTION_REQUIRED: ['RECEIVED', 'REJECTED'],
  ACCEPTED: ['IN_PROGRESS', 'COMPLETED'],
  ACCEPTED_ON_COMMITMENT: ['IN_PROGRESS', 'COMPLETED'],
  IN_PROGRESS: ['COMPLETED'],
  REJECTED: [],
  COMPLETED: [],
};

/** Statuses in which the applicant may change the application and its materials (the DB trigger agrees). */
export const EDITABLE_STATUSES: readonly CaseStatus[] = ['DRAFT'];
export const isEditable = (status: CaseStatus): boolean => EDITABLE_STATUSES.includes(status);

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

/** The status each department action leads to. */
export const ACTION_TARGET: Record<CaseAction, CaseStatus> = {
  ACCEPT: 'ACCEPTED',
  ACCEPT_ON_COMMITMENT: 'ACCEPTED_ON_COMMITMENT',
  REJECT: 'REJECTED',
  REQUEST_CORRECTION: 'CORRECTION_REQUIRED',
  START_PROCESSING: 'IN_PROGRESS',
  COMPLETE: 'COMPLETED',
};

/** Department actions open on a case in this status. A 补正 notice is given at most once (一次性告知). */
export function departmentActions(status: CaseStatus, correctionAlreadyRequested: boolean): CaseAction[] {
  return (Object.keys(ACTION_TARGET) as CaseAction[]).filter(
    (action) =>
      canTransition(status, ACTION_TARGET[action]) &&
      !(action === 'REQUEST_CORRECTION' && correctionAlreadyRequested),
  );
}

/** The guide's word for each status, in the API's refusals (shared with the web: @hall/labels). */
export const STATUS_LABEL = CASE_STATUS_LABELS satisfies Record<CaseStatus, string>;
