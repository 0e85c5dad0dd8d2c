'use client';

import Link from 'next/link';
import { Table, type TableColumnsType } from 'antd';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { CaseTable_CaseFragment as CaseRow } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { CASE_SOURCE_LABELS } from '@/lib/labels';

export const CaseTable_CaseFragment = graphql(`
  fragment CaseTable_Case on Case {
    id
    businessNumber
    appliedAt
    source
    item {
      name
    }
    department {
      name
    }
  }
`);

const columns: TableColumnsType<CaseRow> = [
  { title: '业务编号', dataIndex: 'businessNumber', key: 'businessNumber', width: 200 },
  {
    title: '申请时间',
    dataIndex: 'appliedAt',
    key: 'appliedAt',
    width: 170,
    render: (value: string | null) => formatDateTime(value),
  },
  {
    // Long names are cut with "…"; the full name is the cell's title (shown on hover, also without JS).
    title: '审批事项',
    key: 'item',
    width: 220,
    ellipsis: true,
    render: (_, row) => row.item.name,
  },
  { title: '审批部门', key: 'department', render: (_, row) => row.department.name },
  {
    title: '来源',
    dataIndex: 'source',
    key: 'source',
    width: 100,
    render: (value: CaseRow['source']) => CASE_SOURCE_LABELS[value],
  },
  {
    title: '操作',
    key: 'actions',
    width: 80,
    render: (_, row) => <Link href={`/personal/cases/${encodeURIComponent(row.id)}`}>查看</Link>,
  },
];

/** The 我的办件 table, as in the guide: 业务编号, 申请时间, 审批事项, 审批部门, 来源, 操作. */
export function CaseTable(props: {
  cases: FragmentType<typeof CaseTable_CaseFragment>[];
  emptyText: string;
}) {
  const rows = useFragment(CaseTable_CaseFragment, props.cases);
  return (
    <div data-testid="case-table">
      <Table<CaseRow>
        rowKey="id"
        columns={columns}
        dataSource={[...rows]}
        pagination={false}
        locale={{ emptyText: props.emptyText }}
        tableLayout="fixed"
      />
    </div>
  );
}
