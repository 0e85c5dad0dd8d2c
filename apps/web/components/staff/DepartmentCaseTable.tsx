'use client';

import Link from 'next/link';
import type { TableColumnsType } from 'antd';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { DepartmentCaseTable_CaseFragment as CaseRow } from '@/gql/graphql';
import { CASE_COLUMNS, CaseListTable } from '@/components/cases/CaseListTable';
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
  CASE_COLUMNS.businessNumber,
  CASE_COLUMNS.appliedAt,
  CASE_COLUMNS.item,
  { title: '申请人', dataIndex: 'applicantName', key: 'applicantName', width: 100 },
  CASE_COLUMNS.source,
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
    <CaseListTable testId="department-case-table" columns={columns} rows={rows} emptyText={props.emptyText} />
  );
}
