import type { Metadata } from 'next';
import Link from 'next/link';
import { graphql } from '@/gql';
import { NameText } from '@/components/layout/NameText';
import { DrillDownList, drillDownPager, drillDownVariables } from '@/components/dashboard/DrillDownList';
import { appendPaging, parsePaging, type Paging } from '@/lib/cursor-paging';
import {
  CASE_FILTER_LABELS,
  CASE_FILTERS,
  caseListHref,
  caseListQuery,
  parseCaseList,
  parseDashboardView,
  viewQuery,
  type CaseListView,
  type DashboardView,
} from '@/lib/dashboard-params';
import { requireDashboardViewer } from '@/lib/dashboard-access';
import { CASE_SOURCE_LABELS, CASE_STATUS_LABELS } from '@/lib/labels';
import { serverQuery } from '@/lib/urql-server';
import { DateTimeText } from '@/components/layout/DateTimeText';

export const metadata: Metadata = { title: '办件明细' };

const DashboardCasesQuery = graphql(`
  query DashboardCasesPage(
    $period: DashboardPeriodInput!
    $departmentId: ID
    $itemId: ID
    $filter: DashboardCaseFilter
    $source: CaseSource
    $status: CaseStatus
    $first: Int!
    $after: String
  ) {
    dashboardCases(
      period: $period
      departmentId: $departmentId
      itemId: $itemId
      filter: $filter
      source: $source
      status: $status
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        workingDays
        pastPromise
        node {
          id
          businessNumber
          source
          status
          appliedAt
          completedAt
          item {
            name
          }
          department {
            name
          }
        }
      }
    }
  }
`);

type Params = Omit<DashboardView, 'filter'> & CaseListView & Paging;
const listHref = (params: Params) => {
  const [path, query] = caseListHref({ ...params, filter: 'ALL' }, params).split('?');
  const search = new URLSearchParams(query);
  appendPaging(search, params);
  return `${path}?${search.toString()}`;
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 办件明细: the cases behind a dashboard 办件 number (same period and filters), paged. */
export default async function DashboardCasesPage({ searchParams }: Props) {
  if (!(await requireDashboardViewer('/dashboard/cases'))) return null;
  const raw = await searchParams;
  const view = parseDashboardView(raw);
  const list = parseCaseList(raw);
  const params: Params = { ...view, ...list, ...parsePaging(raw) };
  const { dashboardCases: cases } = await serverQuery(DashboardCasesQuery, {
    ...drillDownVariables(view, params),
    filter: list.filter,
    source: list.source,
    status: list.status,
  });
  const scope = [
    list.filter === 'IN_STATUS' && list.status ? `当前状态：${CASE_STATUS_LABELS[list.status]}` : null,
    list.source ? `来源：${CASE_SOURCE_LABELS[list.source]}` : null,
  ].filter(Boolean);
  return (
    <DrillDownList
      title="办件明细"
      view={view}
      department={cases.edges[0]?.node.department.name}
      action="/dashboard/cases"
      keep={{ filter: list.filter, source: list.source, status: list.status }}
      filters={{
        label: '办件范围',
        filters: CASE_FILTERS.filter((filter) => filter !== 'IN_STATUS' || list.filter === 'IN_STATUS'),
        current: list.filter,
        labels: CASE_FILTER_LABELS,
        href: (filter) => caseListHref(view, { ...list, filter }),
      }}
      note={
        <>
          共 {cases.totalCount} 件{scope.length > 0 && `（${scope.join('，')}）`}
          {list.filter === 'IN_STATUS' ? '，按当前状态，不限期间' : ''} ·{' '}
          <Link href={`/dashboard?${viewQuery({ ...view, filter: 'ALL' })}`}>返回统计</Link> ·{' '}
          <a
            className="dashboard-export"
            href={`/api/dashboard/export/cases?${caseListQuery(view, list)}`}
            download
          >
            导出 Excel
          </a>
        </>
      }
      minWidth={720}
      caption={`${CASE_FILTER_LABELS[list.filter]}明细`}
      columns={['业务编号', '审批事项', '审批部门', '来源', '状态', '申请时间', '办结时间', '工作日']}
      empty="该期间没有符合条件的办件"
      rows={cases.edges.map(({ node: kase, workingDays, pastPromise }) => (
        <tr key={kase.id}>
          <th scope="row">{kase.businessNumber}</th>
          <td className="dashboard-table__text">
            <NameText text={kase.item.name} />
          </td>
          <td className="dashboard-table__text">
            <NameText text={kase.department.name} />
          </td>
          <td>{CASE_SOURCE_LABELS[kase.source]}</td>
          <td>{CASE_STATUS_LABELS[kase.status]}</td>
          <td className="dashboard-table__when">
            {kase.appliedAt ? <DateTimeText value={kase.appliedAt} /> : '—'}
          </td>
          <td className="dashboard-table__when">
            {kase.completedAt ? <DateTimeText value={kase.completedAt} /> : '—'}
          </td>
          <td>
            {workingDays === null || workingDays === undefined ? '—' : workingDays}
            {pastPromise && '（超时限）'}
          </td>
        </tr>
      ))}
      pager={drillDownPager(listHref, params, cases.pageInfo)}
    />
  );
}
