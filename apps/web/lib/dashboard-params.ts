import { DASHBOARD_CASE_FILTER_LABELS, DASHBOARD_EVALUATION_FILTER_LABELS } from '@hall/labels';
import type {
  CaseSource,
  CaseStatus,
  DashboardCaseFilter,
  DashboardEvaluationFilter,
  DashboardPeriodKind,
} from '@/gql/graphql';
import { firstValue, type SearchParams } from './cursor-paging';
import { cstDayOf, isCalendarDay } from './format';

export const PERIOD_KINDS = [
  'DAY',
  'WEEK',
  'MONTH',
  'CUSTOM',
] as const satisfies readonly DashboardPeriodKind[];
export const PERIOD_LABELS: Record<DashboardPeriodKind, string> = {
  DAY: '日',
  WEEK: '周',
  MONTH: '月',
  CUSTOM: '自定义',
};
export const EVALUATION_FILTERS = [
  'ALL',
  'GOOD',
  'BAD',
  'DEFAULT',
  'OVERDUE',
  'EXCLUDED_BY_APPEAL',
] as const satisfies readonly DashboardEvaluationFilter[];
export const FILTER_LABELS = DASHBOARD_EVALUATION_FILTER_LABELS satisfies Record<
  DashboardEvaluationFilter,
  string
>;

/** A dashboard view as its address holds it: period, department, item, and (for lists) the filter. */
export interface DashboardView {
  kind: DashboardPeriodKind;
  day: string;
  to: string | null;
  department: string | null;
  item: string | null;
  filter: DashboardEvaluationFilter;
}

const pick = <T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T =>
  allowed.find((option) => option === value) ?? fallback;
const opaqueId = (value: string | undefined) =>
  value && /^[A-Za-z0-9_=-]{1,200}$/.test(value) ? value : null;

/** Unknown values fall back to this month (CST), all departments and items, every evaluation. */
export function parseDashboardView(raw: SearchParams, today = cstDayOf()): DashboardView {
  const kind = pick(firstValue(raw.kind), PERIOD_KINDS, 'MONTH');
  const day = firstValue(raw.day);
  const to = firstValue(raw.to);
  const validDay = isCalendarDay(day) ? day : today;
  return {
    kind,
    day: validDay,
    to: kind === 'CUSTOM' ? (isCalendarDay(to) && to >= validDay ? to : validDay) : null,
    department: opaqueId(firstValue(raw.department)),
    item: opaqueId(firstValue(raw.item)),
    filter: pick(firstValue(raw.filter), EVALUATION_FILTERS, 'ALL'),
  };
}

/** The address of a view (only the parts that differ from the defaults). */
export function viewQuery(view: Partial<DashboardView>): string {
  const query = new URLSearchParams();
  if (view.kind) query.set('kind', view.kind);
  if (view.day) query.set('day', view.day);
  if (view.kind === 'CUSTOM' && view.to) query.set('to', view.to);
  if (view.department) query.set('department', view.department);
  if (view.item) query.set('item', view.item);
  if (view.filter && view.filter !== 'ALL') query.set('filter', view.filter);
  return query.toString();
}

export const periodInput = (view: DashboardView) => ({ kind: view.kind, day: view.day, to: view.to });

export const CASE_FILTERS = [
  'APPLIED',
  'COMPLETED',
  'PAST_PROMISE',
  'IN_STATUS',
] as const satisfies readonly DashboardCaseFilter[];
export const CASE_FILTER_LABELS = DASHBOARD_CASE_FILTER_LABELS satisfies Record<DashboardCaseFilter, string>;
const CASE_SOURCES = ['ONLINE', 'INTERCONNECTED', 'WINDOW'] as const satisfies readonly CaseSource[];
const LISTED_STATUSES = [
  'RECEIVED',
  'ACCEPTED',
  'IN_PROGRESS',
  'CORRECTION_REQUIRED',
  'ACCEPTED_ON_COMMITMENT',
  'REJECTED',
  'COMPLETED',
] as const satisfies readonly CaseStatus[];

/** Which cases a 办件 drill-down lists (办件明细): the figure, and a source or current status if chosen. */
export interface CaseListView {
  filter: DashboardCaseFilter;
  source: CaseSource | null;
  status: CaseStatus | null;
}

/** Unknown values fall back to the applied cases; a status only with IN_STATUS (which needs one). */
export function parseCaseList(raw: SearchParams): CaseListView {
  const status = LISTED_STATUSES.find((option) => option === firstValue(raw.status)) ?? null;
  const filter = pick(firstValue(raw.filter), CASE_FILTERS, 'APPLIED');
  return {
    filter: filter === 'IN_STATUS' && !status ? 'APPLIED' : filter,
    source: CASE_SOURCES.find((option) => option === firstValue(raw.source)) ?? null,
    status: filter === 'IN_STATUS' ? status : null,
  };
}

/** The views that export to Excel: 统计分析, 评价明细, 办件明细 (GET /api/dashboard/export/<view>). */
export const EXPORT_VIEWS = ['figures', 'evaluations', 'cases'] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];

/** The address of a 办件明细 list's query (the dashboard view and the case list), without the path. */
export function caseListQuery(view: DashboardView, list: Partial<CaseListView>): string {
  const query = new URLSearchParams(viewQuery({ ...view, filter: 'ALL' }));
  if (list.filter && list.filter !== 'APPLIED') query.set('filter', list.filter);
  if (list.source) query.set('source', list.source);
  if (list.filter === 'IN_STATUS' && list.status) query.set('status', list.status);
  return query.toString();
}

/** The address of a 办件明细 list: the dashboard view (its period, department, item) and the case list. */
export function caseListHref(view: DashboardView, list: Partial<CaseListView>): string {
  return `/dashboard/cases?${caseListQuery(view, list)}`;
}
