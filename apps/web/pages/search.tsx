import type { GetServerSideProps, PageConfig } from 'next';
import type { HeaderModel } from '@/components/SiteHeaderView';
import { ScriptFreePage } from '@/components/ScriptFreePage';
import { SEARCH_AUDIENCES, SearchResults } from '@/components/portal/SearchResults';
import type { ServiceAudience } from '@/gql/graphql';
import { loadPageFrame } from '@/lib/pages-frame';
import { searchItems, type SearchResults as SearchResultsData } from '@/lib/portal';

/** 搜索结果 ships no JavaScript: the search is a GET form, the filter and 下一页 are links (README: Speed). */
export const config: PageConfig = { unstable_runtimeJS: false };

type Props = {
  frame: HeaderModel;
  query: string;
  audience: ServiceAudience | null;
  results: SearchResultsData | null;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, res, query: params }) => {
  const query = first(params.q).trim().slice(0, 50);
  const audience = SEARCH_AUDIENCES.find((value) => value === first(params.audience)) ?? null;
  const after = first(params.after) || null;
  const [frame, results] = await Promise.all([
    loadPageFrame(req, res),
    query ? searchItems(query, audience, after).catch(() => null) : null,
  ]);
  return { props: { frame, query, audience, results } };
};

export default function SearchPage({ frame, query, audience, results }: Props) {
  return (
    <ScriptFreePage
      frame={frame}
      title="搜索结果"
      description="按事项名称、拼音、拼音首字母或常用叫法搜索政务服务事项。"
    >
      <SearchResults query={query} audience={audience} results={results} />
    </ScriptFreePage>
  );
}
