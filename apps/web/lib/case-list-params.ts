import type { CaseList, CaseSource } from '@/gql/graphql';
import {
  appendPaging,
  firstValue,
  pageHrefs,
  parseKeyword,
  parsePaging,
  type Paging,
  type SearchParams,
} from './cursor-paging';
import { isCalendarDay } from './format';
import { DEFAULT_CASE_LIST, isCaseList, isCaseSource } from './labels';

/** The filters of 我的办件 besides the list: 来源, 申请时间 range (CST days, inclusive) and keyword. */
export type CaseListFilters = {
  source: CaseSource | undefined;
  appliedFrom: string | undefined;
  appliedTo: string | undefined;
  /** 业务编号 (exactly) or part of the 审批事项's name */
  keyword: string | undefined;
};

/** The case list's URL state: the list, its filters and the cursor paging. */
export type CaseListParams = { list: CaseList } & CaseListFilters & Paging;

export function parseCaseListParams(raw: SearchParams): CaseListParams {
  const list = firstValue(raw.list);
  const source = firstValue(raw.source);
  const from = firstValue(raw.appliedFrom);
  const to = firstValue(raw.appliedTo);
  let appliedFrom = isCalendarDay(from) ? from : undefined;
  let appliedTo = isCalendarDay(to) ? to : undefined;
  // A range typed backwards means the same days.
  if (appliedFrom && appliedTo && appliedFrom > appliedTo)
    [appliedFrom, appliedTo] = [appliedTo, appliedFrom];
  return {
    list: isCaseList(list) ? list : DEFAULT_CASE_LIST,
    source: isCaseSource(source) ? source : undefined,
    appliedFrom,
    appliedTo,
    keyword: parseKeyword(raw.keyword),
    ...parsePaging(raw),
  };
}

/** True when any filter besides the list is set. */
export function hasCaseListFilters(params: CaseListFilters): boolean {
  return Boolean(params.source || params.appliedFrom || params.appliedTo || params.keyword);
}

export function caseListHref(params: CaseListParams): string {
  const query = new URLSearchParams({ list: params.list });
  if (params.source) query.set('source', params.source);
  if (params.appliedFrom) query.set('appliedFrom', params.appliedFrom);
  if (params.appliedTo) query.set('appliedTo', params.appliedTo);
  if (params.keyword) query.set('keyword', params.keyword);
  appendPaging(query, params);
  return `/personal/cases?${query.toString()}`;
}

export const { next: nextPageHref, previous: previousPageHref } = pageHrefs(caseListHref);
