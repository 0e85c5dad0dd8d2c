import { ScrollRegion } from '@/components/layout/ScrollRegion';
import type { Metadata } from 'next';
import Link from 'next/link';
import { graphql } from '@/gql';
import { PageTitle } from '@/components/layout/PageTitle';
import { PeriodForm } from '@/components/dashboard/PeriodForm';
import { ListFilters, ListPager } from '@/components/dashboard/ListNav';
import { appendPaging, pageHrefs, parsePaging, type Paging } from '@/lib/cursor-paging';
import {
  CASE_FILTER_LABELS,
  CASE_FILTERS,
  caseListHref,
  parseCaseList,
  parseDashboardView,
  periodInput,
  viewQuery,
  type CaseListView,
  type DashboardView,
} from '@/lib/dashboard-params';
import { requireDashboardViewer } from '@/lib/dashboard-access';
import { formatDateTime } from '@/lib/format';
import { CASE_SOURCE_LABELS, CASE_STATUS_LABELS } from '@/lib/labels';
import { serverQuery } from '@/lib/urql-server';

export const metadata: Metadata = { title: '办件明细' };

const PAGE_SIZE = 20;

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
const hrefs = pageHrefs<Params>(listHref);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 办件明细: the cases behind a dashboard 办件 number (same period and filters), paged. */
export default async function DashboardCasesPage({ searchParams }: Props) {
  if (!(await requireDashboardViewer('/dashboard/cases'))) return null;
  const raw = await searchParams;
  const view = parseDashboardView(raw);
  const list = parseCaseList(raw);
  const params: Params = { ...view, ...list, ...parsePaging(raw) };
  const { dashboardCases: cases } = await serverQuery(DashboardCasesQuery, {
    period: periodInput(view),
    departmentId: view.department,
    itemId: view.item,
    filter: list.filter,
    source: list.source,
    status: list.status,
    first: PAGE_SIZE,
    after: params.after ?? null,
  });
  const department = cases.edges[0]?.node.department.name;
  const previous = hrefs.previous(params);
  const scope = [
    list.filter === 'IN_STATUS' && list.status ? `当前状态：${CASE_STATUS_LABELS[list.status]}` : null,
    list.source ? `来源：${CASE_SOURCE_LABELS[list.source]}` : null,
  ].filter(Boolean);
  return (
    <>
      <PageTitle extra={view.department && department ? department : undefined}>办件明细</PageTitle>
      <PeriodForm
        view={view}
        action="/dashboard/cases"
        keep={{ filter: list.filter, source: list.source, status: list.status }}
      />
      <ListFilters
        label="办件范围"
        filters={CASE_FILTERS.filter((filter) => filter !== 'IN_STATUS' || list.filter === 'IN_STATUS')}
        current={list.filter}
        labels={CASE_FILTER_LABELS}
        href={(filter) => caseListHref(view, { ...list, filter })}
      />
      <p className="dashboard-note">
        共 {cases.totalCount} 件{scope.length > 0 && `（${scope.join('，')}）`}
        {list.filter === 'IN_STATUS' ? '，按当前状态，不限期间' : ''} ·{' '}
        <Link href={`/dashboard?${viewQuery({ ...view, filter: 'ALL' })}`}>返回统计</Link>
      </p>
      <ScrollRegion label="办件明细" minWidth={720}>
        <table className="dashboard-table">
          <caption className="visually-hidden">{CASE_FILTER_LABELS[list.filter]}明细</caption>
          <thead>
            <tr>
              <th scope="col">业务编号</th>
              <th scope="col">审批事项</th>
              <th scope="col">审批部门</th>
              <th scope="col">来源</th>
              <th scope="col">状态</th>
              <th scope="col">申请时间</th>
              <th scope="col">办结时间</th>
              <th scope="col">工作日</th>
            </tr>
          </thead>
          <tbody>
            {cases.edges.length === 0 && (
              <tr>
                <td colSpan={8} className="data-table__empty">
                  该期间没有符合条件的办件
                </td>
              </tr>
            )}
            {cases.edges.map(({ node: kase, workingDays, pastPromise }) => (
              <tr key={kase.id}>
                <th scope="row">{kase.businessNumber}</th>
                <td className="dashboard-table__text">{kase.item.name}</td>
                <td className="dashboard-table__text">{kase.department.name}</td>
                <td>{CASE_SOURCE_LABELS[kase.source]}</td>
                <td>{CASE_STATUS_LABELS[kase.status]}</td>
                <td>{kase.appliedAt ? formatDateTime(kase.appliedAt) : '—'}</td>
                <td>{kase.completedAt ? formatDateTime(kase.completedAt) : '—'}</td>
                <td>
                  {workingDays === null || workingDays === undefined ? '—' : workingDays}
                  {pastPromise && '（超时限）'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <ListPager
        previous={previous}
        next={
          cases.pageInfo.hasNextPage && cases.pageInfo.endCursor
            ? hrefs.next(params, cases.pageInfo.endCursor)
            : null
        }
      />
    </>
  );
}
