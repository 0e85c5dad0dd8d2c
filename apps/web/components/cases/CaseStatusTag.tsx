import type { CaseStatus } from '@/gql/graphql';
import { CASE_STATUS_LABELS } from '@/lib/labels';

const STATUS_TONES: Partial<Record<CaseStatus, string>> = {
  COMPLETED: 'green',
  REJECTED: 'red',
  CORRECTION_REQUIRED: 'orange',
  ACCEPTED_ON_COMMITMENT: 'gold',
  DRAFT: 'default',
};

/** A case's 办理状态 as a coloured tag (plain HTML; colours in globals.css reach 4.5:1). */
export function CaseStatusTag({ status }: { status: CaseStatus }) {
  return (
    <span className={`status-tag status-tag--${STATUS_TONES[status] ?? 'blue'}`}>
      {CASE_STATUS_LABELS[status]}
    </span>
  );
}
