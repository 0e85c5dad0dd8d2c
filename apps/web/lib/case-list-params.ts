import type { CaseList, CaseSource } from '@/gql/graphql';
import { DEFAULT_CASE_LIST, isCaseList, isCaseSource } from './labels';

type RawParams = Record<string, string | string[] | undefined>;

/**
 * The case list's URL state. Paging is by cursor: `after` is the current page's cursor and `trail` holds the
 * cursors of the pages before it (empty string for the first page), so 上一页 needs no server state.
 */
export type CaseListParams = {
  list: CaseList;
  source: CaseSource | undefined;
  after: string | undefined;
  trail: string[];
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const all = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Largest number of remembered previous pages; beyond it 上一页 becomes 返回第一页. */
const MAX_TRAIL = 50;

export function parseCaseListParams(raw: RawParams): CaseListParams {
  const list = first(raw.list);
  const source = first(raw.source);
  const after = first(raw.after) || undefined;
  return {
    list: isCaseList(list) ? list : DEFAULT_CASE_LIST,
    source: isCaseSource(source) ? source : undefined,
    after,
    trail: after ? all(raw.trail).slice(-MAX_TRAIL) : [],
  };
}

export function caseListHref(params: CaseListParams): string {
  const query = new URLSearchParams({ list: params.list });
  if (params.source) query.set('source', params.source);
  if (params.after) {
    query.set('after', params.after);
    for (const cursor of params.trail) query.append('trail', cursor);
  }
  return `/personal/cases?${query.toString()}`;
}

/** The next page: remember the current cursor ('' for the first page). */
export function nextPageHref(params: CaseListParams, endCursor: string): string {
  return caseListHref({
    ...params,
    after: endCursor,
    trail: [...params.trail, params.after ?? ''].slice(-MAX_TRAIL),
  });
}

/** The previous page, or undefined on the first page. */
export function previousPageHref(params: CaseListParams): string | undefined {
  if (!params.after) return undefined;
  const trail = params.trail.slice(0, -1);
  const previous = params.trail.at(-1);
  return caseListHref({ ...params, after: previous || undefined, trail });
}
