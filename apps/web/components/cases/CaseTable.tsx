import Link from 'next/link';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { CaseTable_CaseFragment as CaseRow } from '@/gql/graphql';
import { CASE_COLUMNS, CaseListTable, type CaseColumn } from '@/components/cases/CaseListTable';
import { NameText } from '@/components/layout/NameText';
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
    canEvaluate
    evaluation {
      id
    }
  }
`);

/**
 * 操作: 补正 while the department waits for corrected materials, 评价 while the case can be evaluated,
 * 已评价 once it is (guide), and always 查看.
 */
function CaseRowActions({ row }: { row: CaseRow }) {
  const caseHref = `/personal/cases/${encodeURIComponent(row.id)}`;
  return (
    <span className="case-row-actions">
      {row.status === 'CORRECTION_REQUIRED' && <Link href={`${caseHref}/correction`}>补正</Link>}
      {row.evaluation ? (
        <Link href={`${caseHref}/evaluation`}>已评价</Link>
      ) : (
        row.canEvaluate && <Link href={`${caseHref}/evaluate`}>评价</Link>
      )}
      <Link href={caseHref}>查看</Link>
    </span>
  );
}

const columns: CaseColumn<CaseRow>[] = [
  CASE_COLUMNS.businessNumber,
  CASE_COLUMNS.appliedAt,
  CASE_COLUMNS.item,
  { key: 'department', title: '审批部门', cell: (row) => <NameText text={row.department.name} /> },
  CASE_COLUMNS.source,
  {
    key: 'actions',
    title: '操作',
    cell: (row) =>
      // Drafts of items whose online form is built can be finished here; other rows get 查看 / 评价 / 已评价.
      row.status === 'DRAFT' && row.item.applicationForm ? (
        <DraftActions caseId={row.id} itemId={row.item.id} />
      ) : (
        <CaseRowActions row={row} />
      ),
  },
];

/** The 我的办件 table, as in the guide: 业务编号, 申请时间, 审批事项, 审批部门, 来源, 操作 (server-rendered). */
export function CaseTable(props: {
  cases: FragmentType<typeof CaseTable_CaseFragment>[];
  emptyText: string;
}) {
  const rows = useFragment(CaseTable_CaseFragment, props.cases);
  return <CaseListTable testId="case-table" columns={columns} rows={rows} emptyText={props.emptyText} />;
}
