import Link from 'next/link';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { DepartmentCaseTable_CaseFragment as CaseRow } from '@/gql/graphql';
import { CASE_COLUMNS, CaseListTable, type CaseColumn } from '@/components/cases/CaseListTable';
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

const columns: CaseColumn<CaseRow>[] = [
  CASE_COLUMNS.businessNumber,
  CASE_COLUMNS.appliedAt,
  CASE_COLUMNS.item,
  { key: 'applicantName', title: '申请人', nowrap: true, cell: (row) => row.applicantName },
  CASE_COLUMNS.source,
  { key: 'status', title: '状态', nowrap: true, cell: (row) => <CaseStatusTag status={row.status} /> },
  {
    key: 'actions',
    title: '操作',
    nowrap: true,
    cell: (row) => <Link href={`/staff/department/cases/${encodeURIComponent(row.id)}`}>办理</Link>,
  },
];

/** 部门办件: 业务编号, 申请时间, 审批事项, 申请人, 来源, 状态, 操作 (server-rendered). */
export function DepartmentCaseTable(props: {
  cases: FragmentType<typeof DepartmentCaseTable_CaseFragment>[];
  emptyText: string;
}) {
  const rows = useFragment(DepartmentCaseTable_CaseFragment, props.cases);
  return (
    <CaseListTable testId="department-case-table" columns={columns} rows={rows} emptyText={props.emptyText} />
  );
}
