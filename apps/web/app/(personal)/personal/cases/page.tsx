import type { Metadata } from 'next';
import { CaseListFilters } from '@/components/cases/CaseListFilters';
import { CaseListPager } from '@/components/cases/CaseListPager';
import { CaseTable } from '@/components/cases/CaseTable';
import { SourceFilter } from '@/components/cases/SourceFilter';
import { graphql } from '@/gql';
import {
  hasCaseListFilters,
  nextPageHref,
  parseCaseListParams,
  previousPageHref,
  type CaseListParams,
} from '@/lib/case-list-params';
import { CASE_LIST_EMPTY_HINTS, CASE_LIST_LABELS, CASE_SOURCE_LABELS } from '@/lib/labels';
import { serverQuery } from '@/lib/urql-server';
import { PageTitle } from '@/components/layout/PageTitle';

export const metadata: Metadata = {
  title: '我的办件',
  description: '我的办件：按申请时间、来源和关键字查看网上申报、窗口申报和互联互通的办件。',
};

const PAGE_SIZE = 10;

const MyCasesQuery = graphql(`
  query MyCases(
    $list: CaseList!
    $source: CaseSource
    $appliedFrom: Date
    $appliedTo: Date
    $keyword: String
    $first: Int!
    $after: String
  ) {
    myCases(
      list: $list
      source: $source
      appliedFrom: $appliedFrom
      appliedTo: $appliedTo
      keyword: $keyword
      first: $first
      after: $after
    ) {
      edges {
        cursor
        node {
          id
          ...CaseTable_Case
        }
      }
      ...CaseListPager_Connection
    }
  }
`);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** What an empty list says: when cases will appear there, or which filters found nothing and what to do. */
function emptyText(params: CaseListParams): string {
  const listLabel = CASE_LIST_LABELS[params.list];
  if (!hasCaseListFilters(params)) return CASE_LIST_EMPTY_HINTS[params.list];
  const conditions = [
    params.source && `来源“${CASE_SOURCE_LABELS[params.source]}”`,
    (params.appliedFrom || params.appliedTo) &&
      `申请时间 ${params.appliedFrom ?? '不限'} 至 ${params.appliedTo ?? '不限'}`,
    params.keyword && `关键字“${params.keyword}”`,
  ].filter(Boolean);
  return `没有符合条件（${conditions.join('，')}）的${listLabel}。请调整筛选条件，或点击“清除筛选”查看全部${listLabel}。`;
}

export default async function CasesPage({ searchParams }: Props) {
  const params = parseCaseListParams(await searchParams);
  const { myCases } = await serverQuery(MyCasesQuery, {
    list: params.list,
    source: params.source ?? null,
    appliedFrom: params.appliedFrom ?? null,
    appliedTo: params.appliedTo ?? null,
    keyword: params.keyword ?? null,
    first: PAGE_SIZE,
    after: params.after ?? null,
  });

  return (
    <>
      <div className="case-list__toolbar">
        <PageTitle>{CASE_LIST_LABELS[params.list]}</PageTitle>
        <SourceFilter />
      </div>
      <CaseListFilters params={params} />
      <CaseTable cases={myCases.edges.map((edge) => edge.node)} emptyText={emptyText(params)} />
      <CaseListPager
        connection={myCases}
        previousHref={previousPageHref(params)}
        nextHref={(endCursor) => nextPageHref(params, endCursor)}
      />
    </>
  );
}
