import type { CaseStatus } from '@/gql/graphql';
import {
  appendPaging,
  firstValue,
  pageHrefs,
  parseKeyword,
  parsePaging,
  type Paging,
  type SearchParams,
} from './cursor-paging';
import { DEPARTMENT_CASE_STATUSES } from './labels';

export const DEPARTMENT_CASES_PATH = '/staff/department';

/** The filters of the department workbench: 状态, 审批事项 (a ServiceItem ID) and keyword. */
export type DepartmentCaseFilters = {
  status: CaseStatus | undefined;
  itemId: string | undefined;
  keyword: string | undefined;
};

export type DepartmentCaseParams = DepartmentCaseFilters & Paging;

const isWorkbenchStatus = (value: unknown): value is CaseStatus =>
  typeof value === 'string' && (DEPARTMENT_CASE_STATUSES as readonly string[]).includes(value);

/** The workbench's URL state; `itemIds` are the department's items (any other item is ignored). */
export function parseDepartmentCaseParams(
  raw: SearchParams,
  itemIds: readonly string[],
): DepartmentCaseParams {
  const status = firstValue(raw.status);
  const itemId = firstValue(raw.itemId);
  return {
    status: isWorkbenchStatus(status) ? status : undefined,
    itemId: itemId && itemIds.includes(itemId) ? itemId : undefined,
    keyword: parseKeyword(raw.keyword),
    ...parsePaging(raw),
  };
}

export function hasDepartmentCaseFilters(filters: DepartmentCaseFilters): boolean {
  return Boolean(filters.status || filters.itemId || filters.keyword);
}

/** The workbench URL for these filters (and page; the first page when paging is left out). */
export function departmentCasesHref(params: DepartmentCaseFilters & Partial<Paging>): string {
  const query = new URLSearchParams();
  if (params.status) query.set('status', params.status);
  if (params.itemId) query.set('itemId', params.itemId);
  if (params.keyword) query.set('keyword', params.keyword);
  appendPaging(query, { after: params.after, trail: params.trail ?? [] });
  const search = query.toString();
  return search ? `${DEPARTMENT_CASES_PATH}?${search}` : DEPARTMENT_CASES_PATH;
}

export const { next: nextDepartmentPageHref, previous: previousDepartmentPageHref } =
  pageHrefs<DepartmentCaseParams>(departmentCasesHref);
