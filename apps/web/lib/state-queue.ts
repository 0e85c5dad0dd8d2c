import {
  appendPaging,
  firstValue,
  pageHrefs,
  parsePaging,
  type Paging,
  type SearchParams,
} from './cursor-paging';

/**
 * A workbench queue kept in the URL: one tab (a state; the first one by default, left out of the URL) and the
 * page within it. Gives the parser of the page's search params, the URL of a tab (and page), 下一页 and 上一页.
 */
export function stateQueue<State extends string>(path: string, states: readonly [State, ...State[]]) {
  type Params = { state: State } & Paging;
  const isState = (value: unknown): value is State =>
    typeof value === 'string' && (states as readonly string[]).includes(value);
  const parse = (raw: SearchParams): Params => {
    const state = firstValue(raw.state);
    return { state: isState(state) ? state : states[0], ...parsePaging(raw) };
  };
  const href = (params: { state: State } & Partial<Paging>): string => {
    const query = new URLSearchParams();
    if (params.state !== states[0]) query.set('state', params.state);
    appendPaging(query, { after: params.after, trail: params.trail ?? [] });
    const search = query.toString();
    return search ? `${path}?${search}` : path;
  };
  return { parse, href, ...pageHrefs<Params>(href) };
}
