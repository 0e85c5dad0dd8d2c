import type { Metadata } from 'next';
import { Button } from 'antd';
import { CaseTable } from '@/components/cases/CaseTable';
import { SourceFilter } from '@/components/cases/SourceFilter';
import { graphql } from '@/gql';
import { nextPageHref, parseCaseListParams, previousPageHref } from '@/lib/case-list-params';
import { CASE_LIST_EMPTY_HINTS, CASE_LIST_LABELS, CASE_SOURCE_LABELS } from '@/lib/labels';
import { serverQuery } from '@/lib/urql-server';
import { Text, Title } from '@/components/typography';

export const metadata: Metadata = { title: '我的办件' };

const PAGE_SIZE = 10;

const MyCasesQuery = graphql(`
  query MyCases($list: CaseList!, $source: CaseSource, $first: Int!, $after: String) {
    myCases(list: $list, source: $source, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...CaseTable_Case
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CasesPage({ searchParams }: Props) {
  const params = parseCaseListParams(await searchParams);
  const { myCases } = await serverQuery(MyCasesQuery, {
    list: params.list,
    source: params.source ?? null,
    first: PAGE_SIZE,
    after: params.after ?? null,
  });
  const listLabel = CASE_LIST_LABELS[params.list];
  const previous = previousPageHref(params);
  const next =
    myCases.pageInfo.hasNextPage && myCases.pageInfo.endCursor
      ? nextPageHref(params, myCases.pageInfo.endCursor)
      : undefined;
  const emptyText = params.source
    ? `暂无来源为“${CASE_SOURCE_LABELS[params.source]}”的${listLabel}`
    : CASE_LIST_EMPTY_HINTS[params.list];

  return (
    <>
      <div className="case-list__toolbar">
        <Title level={3} style={{ margin: 0 }}>
          {listLabel}
        </Title>
        <SourceFilter />
      </div>
      <CaseTable cases={myCases.edges.map((edge) => edge.node)} emptyText={emptyText} />
      <div className="case-list__pager">
        <Text type="secondary">共 {myCases.totalCount} 件</Text>
        {previous && <Button href={previous}>上一页</Button>}
        {next && <Button href={next}>下一页</Button>}
      </div>
    </>
  );
}
