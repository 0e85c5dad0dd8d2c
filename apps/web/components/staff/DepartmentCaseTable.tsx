'use client';

import Link from 'next/link';
import { Table, type TableColumnsType } from 'antd';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { DepartmentCaseTable_CaseFragment as CaseRow } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { CASE_SOURCE_LABELS } from '@/lib/labels';
import { CaseStatusTag } from '@/components/cases/CaseStatusTag';

export const DepartmentCaseTable_CaseFragment = graphql(`
  fragment DepartmentCaseTable_Case on Case {
    id
    businessNumber
    appliedAt
    applicantName
    source
    status
    item {
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
  { title: '审批事项', key: 'item', ellipsis: true, render: (_, row) => row.item.name },
  { title: '申请人', dataIndex: 'applicantName', key: 'applicantName', width: 100 },
  {
    title: '来源',
    dataIndex: 'source',
    key: 'source',
    width: 100,
    render: (value: CaseRow['source']) => CASE_SOURCE_LABELS[value],
  },
  {
    title: '状态',
    dataIndex: 'status',
    key: 'status',
    width: 110,
    render: (value: CaseRow['status']) => <CaseStatusTag status={value} />,
  },
  {
    title: '操作',
    key: 'actions',
    width: 80,
    render: (_, row) => <Link href={`/staff/department/cases/${encodeURIComponent(row.id)}`}>办理</Link>,
  },
];

/** 部门办件: 业务编号, 申请时间, 审批事项, 申请人, 来源, 状态, 操作. */
export function DepartmentCaseTable(props: {
  cases: FragmentType<typeof DepartmentCaseTable_CaseFragment>[];
  emptyText: string;
}) {
  const rows = useFragment(DepartmentCaseTable_CaseFragment, props.cases);
  return (
    <div data-testid="department-case-table">
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
