import type { Metadata } from 'next';
import { CaseListPager } from '@/components/cases/CaseListPager';
import { DepartmentCaseFilters } from '@/components/staff/DepartmentCaseFilters';
import { DepartmentCaseTable } from '@/components/staff/DepartmentCaseTable';
import { graphql } from '@/gql';
import {
  hasDepartmentCaseFilters,
  nextDepartmentPageHref,
  parseDepartmentCaseParams,
  previousDepartmentPageHref,
} from '@/lib/department-case-params';
import { serverQuery } from '@/lib/urql-server';
import { getViewer } from '@/lib/viewer';
import { PageTitle } from '@/components/layout/PageTitle';
import { ResultMessage } from '@/components/layout/ResultMessage';

export const metadata: Metadata = {
  title: '部门办件',
  description: '部门办件：本部门的办件列表，按状态、审批事项和关键字筛选并办理。',
};

const PAGE_SIZE = 10;

const DepartmentItemsQuery = graphql(`
  query DepartmentItems($departmentId: ID!) {
    serviceItems(departmentId: $departmentId) {
      id
      name
    }
  }
`);

const DepartmentCasesQuery = graphql(`
  query DepartmentCases($status: CaseStatus, $itemId: ID, $keyword: String, $first: Int!, $after: String) {
    departmentCases(status: $status, itemId: $itemId, keyword: $keyword, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...DepartmentCaseTable_Case
        }
      }
      ...CaseListPager_Connection
    }
  }
`);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 部门办件: the cases of the clerk's own department, newest application first. */
export default async function DepartmentCasesPage({ searchParams }: Props) {
  const viewer = await getViewer();
  const department = viewer?.department;
  if (!department) {
    return (
      <ResultMessage
        mark="!"
        tone="warning"
        title="您的账号尚未关联审批部门"
        subTitle="请联系系统管理员为您的账号设置所属部门后再办理办件。"
      />
    );
  }

  const { serviceItems } = await serverQuery(DepartmentItemsQuery, { departmentId: department.id });
  const params = parseDepartmentCaseParams(
    await searchParams,
    serviceItems.map((item) => item.id),
  );
  const { departmentCases } = await serverQuery(DepartmentCasesQuery, {
    status: params.status ?? null,
    itemId: params.itemId ?? null,
    keyword: params.keyword ?? null,
    first: PAGE_SIZE,
    after: params.after ?? null,
  });
  const emptyText = hasDepartmentCaseFilters(params)
    ? '没有符合条件的办件。请调整筛选条件，或点击“重置”查看本部门全部办件。'
    : '本部门暂无办件 — 申请人提交、窗口登记或业务系统同步的办件会显示在这里。';

  return (
    <>
      <PageTitle extra={department.name}>部门办件</PageTitle>
      <DepartmentCaseFilters
        // Remount when the URL changes so the form shows the filters in effect.
        key={[params.status, params.itemId, params.keyword].join('|')}
        filters={{ status: params.status, itemId: params.itemId, keyword: params.keyword }}
        items={serviceItems}
      />
      <DepartmentCaseTable cases={departmentCases.edges.map((edge) => edge.node)} emptyText={emptyText} />
      <CaseListPager
        connection={departmentCases}
        previousHref={previousDepartmentPageHref(params)}
        nextHref={(endCursor) => nextDepartmentPageHref(params, endCursor)}
      />
    </>
  );
}
