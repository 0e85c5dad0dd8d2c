import Link from 'next/link';
import { PageTitle } from '@/components/layout/PageTitle';
import type { ServiceAudience } from '@/gql/graphql';
import { SEARCH_MATCH_LABELS, SERVICE_AUDIENCE_LABELS } from '@/lib/labels';
import type { SearchResults as SearchResultsData } from '@/lib/portal';
import { itemHref } from '@/lib/portal-links';
import { Highlighted } from './Highlighted';
import { SearchBox } from './SearchBox';

export const SEARCH_AUDIENCES: readonly ServiceAudience[] = ['PERSONAL', 'LEGAL'];

/**
 * 搜索结果: ranked, the matched characters highlighted, why each matched, 个人办事 / 法人办事 filter. Plain
 * HTML: pages/search.tsx ships no script. `results` is null when the search failed.
 */
export function SearchResults(props: {
  query: string;
  audience: ServiceAudience | null;
  results: SearchResultsData | null;
}) {
  const { query, audience, results } = props;
  const hrefWith = (extra: Record<string, string>) =>
    `/search?${new URLSearchParams({ q: query, ...(audience ? { audience } : {}), ...extra })}`;

  return (
    <div className="portal">
      <section className="panel">
        <PageTitle>搜索结果</PageTitle>
        <SearchBox query={query} />
        {query && (
          <nav aria-label="事项范围" className="portal-filter">
            <Link
              prefetch={false}
              href={`/search?${new URLSearchParams({ q: query })}`}
              aria-current={audience ? undefined : 'page'}
            >
              全部
            </Link>
            {SEARCH_AUDIENCES.map((value) => (
              <Link
                prefetch={false}
                key={value}
                href={`/search?${new URLSearchParams({ q: query, audience: value })}`}
                aria-current={audience === value ? 'page' : undefined}
              >
                {SERVICE_AUDIENCE_LABELS[value]}
              </Link>
            ))}
          </nav>
        )}
      </section>

      <section className="panel" aria-labelledby="search-summary">
        <h2 id="search-summary" className="portal-summary">
          {!query
            ? '请输入要搜索的事项'
            : results === null
              ? '搜索暂时不可用，请稍后再试'
              : results.totalCount === 0
                ? `没有找到与“${query}”相关的事项`
                : `找到 ${results.totalCount} 个与“${query}”相关的事项`}
        </h2>
        {results && results.nodes.length > 0 && (
          <ol className="search-results">
            {results.nodes.map((hit) => (
              <li key={hit.item.id} className="search-result">
                <Link prefetch={false} href={itemHref(hit.item.id)} className="search-result__name">
                  <Highlighted text={hit.item.name} ranges={hit.highlights} />
                </Link>
                <p className="search-result__meta">
                  <span>{hit.item.department.name}</span>
                  <span>{hit.item.applicationForm ? '可在线申报' : '窗口办理'}</span>
                  {hit.item.promisedDays != null && <span>承诺时限 {hit.item.promisedDays} 个工作日</span>}
                  <span>
                    {SEARCH_MATCH_LABELS[hit.matchedBy]}
                    {hit.synonym && `：${hit.synonym}`}
                  </span>
                </p>
              </li>
            ))}
          </ol>
        )}
        {results?.pageInfo.hasNextPage && results.pageInfo.endCursor && (
          <p>
            <Link prefetch={false} href={hrefWith({ after: results.pageInfo.endCursor })}>
              下一页
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}
