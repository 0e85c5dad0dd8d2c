'use client';

import Link from 'next/link';
import type { TableColumnsType } from 'antd';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { CaseTable_CaseFragment as CaseRow } from '@/gql/graphql';
import { CASE_COLUMNS, CaseListTable } from '@/components/cases/CaseListTable';
import { DraftActions } from '@/components/cases/DraftActions';

export const CaseTable_CaseFragment = graphql(`
  fragment CaseTable_Case on Case {
    id
    businessNumber
    appliedAt
    source
    status
    item {
      id
      name
      applicationForm
    }
    department {
      name
    }
  }
`);

const columns: TableColumnsType<CaseRow> = [
  CASE_COLUMNS.businessNumber,
  CASE_COLUMNS.appliedAt,
  { ...CASE_COLUMNS.item, width: 220 },
  { title: '审批部门', key: 'department', render: (_, row) => row.department.name },
  CASE_COLUMNS.source,
  {
    title: '操作',
    key: 'actions',
    width: 100,
    render: (_, row) =>
      // Drafts of items whose online form is built can be finished here; others are only viewed.
      row.status === 'DRAFT' && row.item.applicationForm ? (
        <DraftActions caseId={row.id} itemId={row.item.id} />
      ) : (
        <Link href={`/personal/cases/${encodeURIComponent(row.id)}`}>查看</Link>
      ),
  },
];

/** The 我的办件 table, as in the guide: 业务编号, 申请时间, 审批事项, 审批部门, 来源, 操作. */
export function CaseTable(props: {
  cases: FragmentType<typeof CaseTable_CaseFragment>[];
  emptyText: string;
}) {
  const rows = useFragment(CaseTable_CaseFragment, props.cases);
  return <CaseListTable testId="case-table" columns={columns} rows={rows} emptyText={props.emptyText} />;
}
