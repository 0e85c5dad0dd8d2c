import type { Metadata } from 'next';
import Link from 'next/link';
import { graphql } from '@/gql';
import { NameText } from '@/components/layout/NameText';
import { DrillDownList, drillDownPager, drillDownVariables } from '@/components/dashboard/DrillDownList';
import { appendPaging, parsePaging, type Paging } from '@/lib/cursor-paging';
import {
  EVALUATION_FILTERS,
  FILTER_LABELS,
  parseDashboardView,
  viewQuery,
  type DashboardView,
} from '@/lib/dashboard-params';
import { requireDashboardViewer } from '@/lib/dashboard-access';
import { EVALUATION_LEVEL_LABELS, EVALUATION_REPLY_STATE_LABELS } from '@/lib/labels';
import { serverQuery } from '@/lib/urql-server';
import { DateTimeText } from '@/components/layout/DateTimeText';

export const metadata: Metadata = { title: '评价明细' };

const DashboardEvaluationsQuery = graphql(`
  query DashboardEvaluationsPage(
    $period: DashboardPeriodInput!
    $departmentId: ID
    $itemId: ID
    $filter: DashboardEvaluationFilter
    $first: Int!
    $after: String
  ) {
    dashboardEvaluations(
      period: $period
      departmentId: $departmentId
      itemId: $itemId
      filter: $filter
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        level
        isDefault
        submittedAt
        replyState
        excludedFromFigures
        case {
          businessNumber
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

type Params = DashboardView & Paging;
const listHref = (params: Params) => {
  const query = new URLSearchParams(viewQuery(params));
  appendPaging(query, params);
  return `/dashboard/evaluations?${query.toString()}`;
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 评价明细: the evaluations behind a dashboard number (same period and filters), paged, with 导出 Excel. */
export default async function DashboardEvaluationsPage({ searchParams }: Props) {
  if (!(await requireDashboardViewer('/dashboard/evaluations'))) return null;
  const raw = await searchParams;
  const view = parseDashboardView(raw);
  const params: Params = { ...view, ...parsePaging(raw) };
  const { dashboardEvaluations: list } = await serverQuery(DashboardEvaluationsQuery, {
    ...drillDownVariables(view, params),
    filter: view.filter,
  });
  return (
    <DrillDownList
      title="评价明细"
      view={view}
      department={list.nodes[0]?.case.department.name}
      action="/dashboard/evaluations"
      filters={{
        label: '评价范围',
        filters: EVALUATION_FILTERS,
        current: view.filter,
        labels: FILTER_LABELS,
        href: (filter) => listHref({ ...view, filter, after: undefined, trail: [] }),
      }}
      note={
        <>
          共 {list.totalCount} 条 ·{' '}
          <Link href={`/dashboard?${viewQuery({ ...view, filter: 'ALL' })}`}>返回统计</Link> ·{' '}
          <a
            className="dashboard-export"
            href={`/api/dashboard/export/evaluations?${viewQuery(view)}`}
            download
          >
            导出 Excel
          </a>
        </>
      }
      minWidth={640}
      caption={`${FILTER_LABELS[view.filter]}明细`}
      columns={['评价时间', '业务编号', '审批事项', '审批部门', '评价等级', '回复', '操作']}
      empty="该期间没有符合条件的评价"
      rows={list.nodes.map((evaluation) => (
        <tr key={evaluation.id}>
          <td>
            <DateTimeText value={evaluation.submittedAt} />
          </td>
          <td>{evaluation.case.businessNumber}</td>
          <td className="dashboard-table__text">
            <NameText text={evaluation.case.item.name} />
          </td>
          <td className="dashboard-table__text">
            <NameText text={evaluation.case.department.name} />
          </td>
          <td>
            {EVALUATION_LEVEL_LABELS[evaluation.level]}
            {evaluation.isDefault && '（系统默认）'}
            {evaluation.excludedFromFigures && '（申诉成立）'}
          </td>
          <td>{evaluation.replyState ? EVALUATION_REPLY_STATE_LABELS[evaluation.replyState] : '—'}</td>
          <td>
            <Link href={`/dashboard/evaluations/${encodeURIComponent(evaluation.id)}`}>查看</Link>
          </td>
        </tr>
      ))}
      pager={drillDownPager(listHref, params, list.pageInfo)}
    />
  );
}
