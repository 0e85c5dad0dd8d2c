import type { ReactNode } from 'react';
import { ScrollRegion } from '@/components/layout/ScrollRegion';
import { PageTitle } from '@/components/layout/PageTitle';
import { PeriodForm } from '@/components/dashboard/PeriodForm';
import { ListFilters, ListPager } from '@/components/dashboard/ListNav';
import { pageHrefs, type Paging } from '@/lib/cursor-paging';
import { periodInput, type DashboardView } from '@/lib/dashboard-params';

/** Rows a drill-down list shows per page (评价明细, 办件明细). */
export const DRILL_DOWN_PAGE_SIZE = 20;

/** The variables every drill-down query takes from the dashboard view and the page's cursor. */
export const drillDownVariables = (view: DashboardView, paging: Paging) => ({
  period: periodInput(view),
  departmentId: view.department,
  itemId: view.item,
  first: DRILL_DOWN_PAGE_SIZE,
  after: paging.after ?? null,
});

/** 上一页 / 下一页 of a drill-down list whose URL `href` writes. */
export function drillDownPager<Params extends Paging>(
  href: (params: Params) => string,
  params: Params,
  pageInfo: { hasNextPage: boolean; endCursor?: string | null },
) {
  const hrefs = pageHrefs<Params>(href);
  return {
    previous: hrefs.previous(params),
    next: pageInfo.hasNextPage && pageInfo.endCursor ? hrefs.next(params, pageInfo.endCursor) : null,
  };
}

/**
 * A dashboard drill-down page (评价明细, 办件明细): title (with the department when one is chosen), the period
 * form, the figure links (范围), a note, the table with its hidden caption and empty row, and the pager.
 */
export function DrillDownList<F extends string>(props: {
  title: string;
  view: DashboardView;
  department: string | undefined;
  action: string;
  keep?: Record<string, string | null>;
  filters: {
    label: string;
    filters: readonly F[];
    current: F;
    labels: Record<F, string>;
    href: (filter: F) => string;
  };
  note: ReactNode;
  minWidth: number;
  caption: string;
  columns: string[];
  empty: string;
  rows: ReactNode[];
  pager: { previous: string | undefined; next: string | null };
}) {
  return (
    <>
      <PageTitle extra={props.view.department && props.department ? props.department : undefined}>
        {props.title}
      </PageTitle>
      <PeriodForm view={props.view} action={props.action} keep={props.keep} />
      <ListFilters {...props.filters} />
      <p className="dashboard-note">{props.note}</p>
      <ScrollRegion label={props.title} minWidth={props.minWidth}>
        <table className="dashboard-table dashboard-table--list">
          <caption className="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              {props.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.length === 0 && (
              <tr>
                <td colSpan={props.columns.length} className="data-table__empty">
                  {props.empty}
                </td>
              </tr>
            )}
            {props.rows}
          </tbody>
        </table>
      </ScrollRegion>
      <ListPager previous={props.pager.previous} next={props.pager.next} />
    </>
  );
}
