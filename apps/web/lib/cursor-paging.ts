type RawValue = string | string[] | undefined;

/** A page's search params as Next passes them. */
export type SearchParams = Record<string, RawValue>;

/**
 * Cursor paging kept in the URL: `after` is the current page's cursor and `trail` holds the cursors of the
 * pages before it (empty string for the first page), so 上一页 needs no server state.
 */
export type Paging = { after: string | undefined; trail: string[] };

/** Largest number of remembered previous pages; beyond it 上一页 becomes 返回第一页. */
const MAX_TRAIL = 50;

export const firstValue = (value: RawValue) => (Array.isArray(value) ? value[0] : value);
const allValues = (value: RawValue) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

export function parsePaging(raw: { after?: RawValue; trail?: RawValue }): Paging {
  const after = firstValue(raw.after) || undefined;
  return { after, trail: after ? allValues(raw.trail).slice(-MAX_TRAIL) : [] };
}

/** Adds `after` and `trail` to a query string (nothing on the first page). */
export function appendPaging(query: URLSearchParams, paging: Paging): void {
  if (!paging.after) return;
  query.set('after', paging.after);
  for (const cursor of paging.trail) query.append('trail', cursor);
}

/** The next page: remember the current cursor ('' for the first page). */
function nextPaging(paging: Paging, endCursor: string): Paging {
  return { after: endCursor, trail: [...paging.trail, paging.after ?? ''].slice(-MAX_TRAIL) };
}

/** The previous page, or undefined on the first page. */
function previousPaging(paging: Paging): Paging | undefined {
  if (!paging.after) return undefined;
  return { after: paging.trail.at(-1) || undefined, trail: paging.trail.slice(0, -1) };
}

/**
 * The 下一页 and 上一页 URLs of a list whose URL state (filters and paging) `href` writes: `next` for the page
 * after the one ending at `endCursor`, `previous` undefined on the first page.
 */
export function pageHrefs<Params extends Paging>(href: (params: Params) => string) {
  return {
    next: (params: Params, endCursor: string): string =>
      href({ ...params, ...nextPaging(params, endCursor) }),
    previous: (params: Params): string | undefined => {
      const previous = previousPaging(params);
      return previous && href({ ...params, ...previous });
    },
  };
}

/** Trimmed search text, or undefined when blank; cut to `max` characters. */
export function parseKeyword(value: RawValue, max = 64): string | undefined {
  const text = firstValue(value)?.trim();
  return text ? text.slice(0, max) : undefined;
}

/** 上一页 and 下一页 of a list whose only URL state is its paging, at `path` (undefined where there is none). */
export function pagingLinks(
  path: string,
  paging: Paging,
  pageInfo: { hasNextPage: boolean; endCursor?: string | null },
): { previous: string | undefined; next: string | undefined } {
  const hrefs = pageHrefs<Paging>((params) => {
    const query = new URLSearchParams();
    appendPaging(query, params);
    const search = query.toString();
    return search ? `${path}?${search}` : path;
  });
  return {
    previous: hrefs.previous(paging),
    next: pageInfo.hasNextPage && pageInfo.endCursor ? hrefs.next(paging, pageInfo.endCursor) : undefined,
  };
}
