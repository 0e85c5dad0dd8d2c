import type { Metadata } from 'next';
import Link from 'next/link';
import { PageTitle } from '@/components/layout/PageTitle';
import { Highlighted } from '@/components/portal/Highlighted';
import { SearchBox } from '@/components/portal/SearchBox';
import type { ServiceAudience } from '@/gql/graphql';
import { SEARCH_MATCH_LABELS, SERVICE_AUDIENCE_LABELS } from '@/lib/labels';
import { searchItems } from '@/lib/portal';
import { itemHref } from '@/lib/portal-links';

export const metadata: Metadata = {
  title: '搜索结果',
  description: '按事项名称、拼音、拼音首字母或常用叫法搜索政务服务事项。',
};

type Params = { q?: string | string[]; audience?: string | string[]; after?: string | string[] };
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';
const AUDIENCES: readonly ServiceAudience[] = ['PERSONAL', 'LEGAL'];

/** 搜索结果: ranked, the matched characters highlighted, why each matched, 个人办事 / 法人办事 filter. */
export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const query = first(params.q).trim().slice(0, 50);
  const audience = AUDIENCES.find((value) => value === first(params.audience)) ?? null;
  const after = first(params.after) || null;
  const results = query ? await searchItems(query, audience, after).catch(() => null) : null;
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
            {AUDIENCES.map((value) => (
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
