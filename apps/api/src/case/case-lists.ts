import type { CaseStatus } from '../generated/prisma/client.ts';
import type { CaseList } from '../generated/graphql.ts';

/** The one place that says which list of 我的办件 a status belongs to. */
export const LIST_OF_STATUS: Record<CaseStatus, CaseList> = {
  DRAFT: 'DRAFT',
  RECEIVED: 'IN_PROGRESS',
  ACCEPTED: 'IN_PROGRESS',
  IN_PROGRESS: 'IN_PROGRESS',
  CORRECTION_REQUIRED: 'CORRECTION',
  ACCEPTED_ON_COMMITMENT: 'COMMITMENT',
  REJECTED: 'COMPLETED',
  COMPLETED: 'COMPLETED',
};

export const CASE_LISTS: CaseList[] = ['IN_PROGRESS', 'COMPLETED', 'CORRECTION', 'COMMITMENT', 'DRAFT'];

export function statusesOfList(list: CaseList): CaseStatus[] {
  return (Object.keys(LIST_OF_STATUS) as CaseStatus[]).filter((status) => LIST_OF_STATUS[status] === list);
}
