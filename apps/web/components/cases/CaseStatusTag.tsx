import Tag from 'antd/es/tag';
import type { CaseStatus } from '@/gql/graphql';
import { CASE_STATUS_LABELS } from '@/lib/labels';

const STATUS_COLORS: Partial<Record<CaseStatus, string>> = {
  COMPLETED: 'green',
  REJECTED: 'red',
  CORRECTION_REQUIRED: 'orange',
  ACCEPTED_ON_COMMITMENT: 'gold',
  DRAFT: 'default',
};

/** A case's 办理状态 as a coloured tag. */
export function CaseStatusTag({ status }: { status: CaseStatus }) {
  return <Tag color={STATUS_COLORS[status] ?? 'blue'}>{CASE_STATUS_LABELS[status]}</Tag>;
}
