import type { Metadata } from 'next';
import Link from 'next/link';
import { CaseListTable, type CaseColumn } from '@/components/cases/CaseListTable';
import { ListPager } from '@/components/evaluations/ListPager';
import { NameText } from '@/components/layout/NameText';
import { PageTitle } from '@/components/layout/PageTitle';
import { graphql } from '@/gql';
import type { PostalDeliveriesPageQuery } from '@/gql/graphql';
import { pagingLinks, parsePaging, type SearchParams } from '@/lib/cursor-paging';
import { POSTAL_DELIVERY_STATUS_LABELS } from '@/lib/labels';
import { serverQuery } from '@/lib/urql-server';

export const metadata: Metadata = { title: '邮政速递' };

const PAGE_SIZE = 20;

const PostalDeliveriesQuery = graphql(`
  query PostalDeliveriesPage($first: Int!, $after: String) {
    me {
      id
      postalDeliveries(first: $first, after: $after) {
        nodes {
          status
          trackingNumber
          case {
            id
            businessNumber
            item {
              name
            }
          }
          address {
            recipientName
            maskedPhone
            address
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

type Row = NonNullable<PostalDeliveriesPageQuery['me']>['postalDeliveries']['nodes'][number] & { id: string };

const columns: CaseColumn<Row>[] = [
  {
    key: 'businessNumber',
    title: '业务编号',
    nowrap: true,
    cell: (row) => (
      <Link href={`/personal/cases/${encodeURIComponent(row.case.id)}`}>{row.case.businessNumber}</Link>
    ),
  },
  { key: 'item', title: '事项名称', cell: (row) => <NameText text={row.case.item.name} /> },
  {
    key: 'address',
    title: '收件地址',
    cell: (row) =>
      row.address ? (
        <NameText text={`${row.address.recipientName} ${row.address.maskedPhone} ${row.address.address}`} />
      ) : (
        '—'
      ),
  },
  { key: 'tracking', title: '快递单号', nowrap: true, cell: (row) => row.trackingNumber ?? '—' },
  { key: 'status', title: '状态', nowrap: true, cell: (row) => POSTAL_DELIVERY_STATUS_LABELS[row.status] },
];

/** 邮政速递: the results sent (or to be sent) by post, with the tracking number once posted. */
export default async function PostalDeliveriesPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const paging = parsePaging(await searchParams);
  const { me } = await serverQuery(PostalDeliveriesQuery, { first: PAGE_SIZE, after: paging.after ?? null });
  if (!me) return null; // the layout has already redirected
  const links = pagingLinks('/personal/delivery', paging, me.postalDeliveries.pageInfo);
  const rows = me.postalDeliveries.nodes.map((node) => ({ ...node, id: node.case.id }));
  return (
    <>
      <PageTitle>邮政速递</PageTitle>
      <p>
        办结结果以邮政速递寄送的办件。在办件详情中选择
        <Link href="/personal/delivery/addresses">收件地址</Link>
        ，审批部门办结时按该地址寄出。
      </p>
      <CaseListTable
        testId="postal-deliveries"
        label="寄递记录"
        columns={columns}
        rows={rows}
        emptyText="暂无邮寄的办件。"
      />
      <ListPager
        totalCount={me.postalDeliveries.totalCount}
        unit="件"
        previousHref={links.previous}
        nextHref={links.next}
      />
    </>
  );
}
