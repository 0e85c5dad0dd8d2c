import type { Metadata } from 'next';
import Link from 'next/link';
import { CancelBookingButton } from '@/components/bookings/BookingButtons';
import { CaseListTable, type CaseColumn } from '@/components/cases/CaseListTable';
import { ListPager } from '@/components/evaluations/ListPager';
import { NameText } from '@/components/layout/NameText';
import { PageTitle } from '@/components/layout/PageTitle';
import { ActionOutcome } from '@/components/form/ActionOutcome';
import { graphql } from '@/gql';
import type { MyBookingsPageQuery } from '@/gql/graphql';
import { pagingLinks, parsePaging, type SearchParams } from '@/lib/cursor-paging';
import { formatDateTime } from '@/lib/format';
import { BOOKING_STATUS_LABELS } from '@/lib/labels';
import { serverQuery } from '@/lib/urql-server';

export const metadata: Metadata = { title: '我的预约' };

const PAGE_SIZE = 20;

const MyBookingsQuery = graphql(`
  query MyBookingsPage($first: Int!, $after: String) {
    bookingRules {
      cancelLeadMinutes
    }
    me {
      id
      bookingNoShowCount
      bookings(first: $first, after: $after) {
        nodes {
          id
          status
          cancellable
          cancellableUntil
          caseBusinessNumber
          slot {
            startsAt
            endsAt
            item {
              name
            }
            centre {
              name
              address
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

type Row = NonNullable<MyBookingsPageQuery['me']>['bookings']['nodes'][number];

const timeOf = (row: Row) =>
  `${formatDateTime(row.slot.startsAt).slice(0, 16)}–${formatDateTime(row.slot.endsAt).slice(11, 16)}`;

const columns: CaseColumn<Row>[] = [
  { key: 'item', title: '事项名称', cell: (row) => <NameText text={row.slot.item.name} /> },
  { key: 'centre', title: '服务中心', cell: (row) => <NameText text={row.slot.centre.name} /> },
  { key: 'time', title: '预约时间', nowrap: true, cell: timeOf },
  {
    key: 'status',
    title: '状态',
    nowrap: true,
    cell: (row) =>
      row.caseBusinessNumber
        ? `${BOOKING_STATUS_LABELS[row.status]}（办件 ${row.caseBusinessNumber}）`
        : BOOKING_STATUS_LABELS[row.status],
  },
  {
    key: 'actions',
    title: '操作',
    cell: (row) =>
      row.cancellable ? (
        <CancelBookingButton bookingId={row.id} label={`${row.slot.item.name} ${timeOf(row)}`} />
      ) : (
        '—'
      ),
  },
];

/** 我的预约: the citizen's booked window visits, newest first, with 取消预约 while it is open, and 爽约 counted. */
export default async function MyBookingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const paging = parsePaging(params);
  const { me, bookingRules } = await serverQuery(MyBookingsQuery, {
    first: PAGE_SIZE,
    after: paging.after ?? null,
  });
  if (!me) return null; // the layout has already redirected
  const links = pagingLinks('/personal/bookings', paging, me.bookings.pageInfo);
  return (
    <>
      <PageTitle>我的预约</PageTitle>
      <ActionOutcome
        done={params.done === 'cancelled' ? '预约已取消' : undefined}
        error={typeof params.error === 'string' ? params.error : undefined}
      />
      <p>
        <Link href="/personal/bookings/new">预约办事</Link>
        ：选择事项和时段，到服务中心窗口办理。预约开始前 {bookingRules.cancelLeadMinutes / 60}{' '}
        小时以前可以取消。爽约次数：{me.bookingNoShowCount}
      </p>
      <CaseListTable
        testId="my-bookings"
        label="我的预约"
        columns={columns}
        rows={me.bookings.nodes}
        emptyText="暂无预约。"
      />
      <ListPager
        totalCount={me.bookings.totalCount}
        unit="条"
        previousHref={links.previous}
        nextHref={links.next}
      />
    </>
  );
}
