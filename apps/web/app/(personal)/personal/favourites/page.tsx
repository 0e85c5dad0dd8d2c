import type { Metadata } from 'next';
import Link from 'next/link';
import { ApplyAction } from '@/components/apply/ApplyAction';
import { CaseListTable, type CaseColumn } from '@/components/cases/CaseListTable';
import { ListPager } from '@/components/evaluations/ListPager';
import { ActionOutcome } from '@/components/form/ActionOutcome';
import { RemoveFavouriteButton } from '@/components/favourites/RemoveFavouriteButton';
import { NameText } from '@/components/layout/NameText';
import { PageTitle } from '@/components/layout/PageTitle';
import { graphql } from '@/gql';
import type { FavouritesPageQuery } from '@/gql/graphql';
import { pagingLinks, parsePaging, type SearchParams } from '@/lib/cursor-paging';
import { serverQuery } from '@/lib/urql-server';
import { DateTimeText } from '@/components/layout/DateTimeText';

export const metadata: Metadata = { title: '我的收藏' };

const PAGE_SIZE = 20;

const FavouritesQuery = graphql(`
  query FavouritesPage($first: Int!, $after: String) {
    me {
      id
      favouriteItems(first: $first, after: $after) {
        nodes {
          createdAt
          item {
            id
            name
            onlineApplicable
            applicationForm
            department {
              name
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
  }
`);

type Row = NonNullable<FavouritesPageQuery['me']>['favouriteItems']['nodes'][number] & { id: string };

const columns: CaseColumn<Row>[] = [
  { key: 'name', title: '事项名称', cell: (row) => <NameText text={row.item.name} /> },
  { key: 'department', title: '审批部门', cell: (row) => <NameText text={row.item.department.name} /> },
  { key: 'createdAt', title: '收藏时间', cell: (row) => <DateTimeText value={row.createdAt} /> },
  {
    key: 'actions',
    title: '操作',
    cell: (row) => (
      <span className="case-row-actions">
        <ApplyAction item={row.item} />
        <RemoveFavouriteButton itemId={row.item.id} itemName={row.item.name} />
      </span>
    ),
  },
];

/** 我的收藏: the service items starred in 我要办事, newest first, each with 在线申报 (or 窗口办理) and 取消收藏. */
export default async function FavouritesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const paging = parsePaging(params);
  const removed = typeof params.removed === 'string' ? params.removed : undefined;
  const error = typeof params.error === 'string' ? params.error : undefined;
  const { me } = await serverQuery(FavouritesQuery, { first: PAGE_SIZE, after: paging.after ?? null });
  if (!me) return null; // the layout has already redirected
  const { favouriteItems } = me;
  const links = pagingLinks('/personal/favourites', paging, favouriteItems.pageInfo);
  const rows = favouriteItems.nodes.map((node) => ({ ...node, id: node.item.id }));
  return (
    <>
      <PageTitle>我的收藏</PageTitle>
      {/* What 取消收藏 did (removeFavouriteAction redirects here with it). */}
      <ActionOutcome done={removed && `已取消收藏：${removed}`} error={error} />
      <CaseListTable
        testId="favourite-items"
        label="收藏的事项"
        columns={columns}
        rows={rows}
        emptyText="暂无收藏的事项。"
      />
      {favouriteItems.totalCount === 0 && (
        <p>
          在<Link href="/personal/apply">我要办事</Link>中点击“收藏”，常用事项将显示在这里。
        </p>
      )}
      <ListPager
        totalCount={favouriteItems.totalCount}
        unit="项"
        previousHref={links.previous}
        nextHref={links.next}
      />
    </>
  );
}
