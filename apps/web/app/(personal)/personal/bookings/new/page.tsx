import type { Metadata } from 'next';
import Link from 'next/link';
import { BookButton } from '@/components/bookings/BookingButtons';
import { CaseListTable, type CaseColumn } from '@/components/cases/CaseListTable';
import { NameText } from '@/components/layout/NameText';
import { PageTitle } from '@/components/layout/PageTitle';
import { ActionOutcome } from '@/components/form/ActionOutcome';
import { graphql } from '@/gql';
import type { BookingSlotsPageQuery } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { serverQuery } from '@/lib/urql-server';

export const metadata: Metadata = { title: '预约办事' };

const BookableItemsQuery = graphql(`
  query BookableItemsPage {
    bookingRules {
      cancelLeadMinutes
      daysAhead
    }
    bookableItems {
      id
      name
      department {
        name
      }
    }
  }
`);

const BookingSlotsQuery = graphql(`
  query BookingSlotsPage($itemId: ID!) {
    bookingSlots(itemId: $itemId, first: 100) {
      nodes {
        id
        startsAt
        endsAt
        capacity
        remaining
        bookedByMe
        centre {
          name
          address
        }
      }
    }
  }
`);

type Slot = BookingSlotsPageQuery['bookingSlots']['nodes'][number];

const timeOf = (slot: Slot) =>
  `${formatDateTime(slot.startsAt).slice(0, 16)}–${formatDateTime(slot.endsAt).slice(11, 16)}`;

const columns = (item: { id: string; name: string }): CaseColumn<Slot>[] => [
  { key: 'centre', title: '服务中心', cell: (slot) => <NameText text={slot.centre.name} /> },
  { key: 'time', title: '时段', nowrap: true, cell: timeOf },
  {
    key: 'remaining',
    title: '剩余名额',
    nowrap: true,
    cell: (slot) => `${slot.remaining} / ${slot.capacity}`,
  },
  {
    key: 'actions',
    title: '操作',
    nowrap: true,
    cell: (slot) =>
      slot.bookedByMe ? (
        '已预约'
      ) : slot.remaining === 0 ? (
        '已约满'
      ) : (
        <BookButton slotId={slot.id} itemId={item.id} label={`${item.name} ${timeOf(slot)}`} />
      ),
  },
];

/**
 * 预约办事: pick a service item (those with slots ahead), then a slot at a service centre with places left.
 * The places shown are those at loading; the API decides (a slot someone filled meanwhile answers 已约满).
 */
export default async function NewBookingPage({
  searchParams,
}: {
  searchParams: Promise<{ item?: string; done?: string; error?: string }>;
}) {
  const { item: itemId, done, error } = await searchParams;
  const { bookableItems, bookingRules } = await serverQuery(BookableItemsQuery, {});
  const item = bookableItems.find((candidate) => candidate.id === itemId);
  const slots = item ? (await serverQuery(BookingSlotsQuery, { itemId: item.id })).bookingSlots.nodes : [];
  return (
    <>
      <PageTitle>预约办事</PageTitle>
      <ActionOutcome done={done === 'booked' ? '预约成功' : undefined} error={error} />
      <p>
        可预约未来 {bookingRules.daysAhead} 天内的时段；开始前 {bookingRules.cancelLeadMinutes / 60}{' '}
        小时以前可在<Link href="/personal/bookings">我的预约</Link>中取消。
      </p>
      <nav aria-label="可预约事项">
        <ul className="booking-items">
          {bookableItems.map((candidate) => (
            <li key={candidate.id}>
              <Link
                href={`/personal/bookings/new?item=${encodeURIComponent(candidate.id)}`}
                aria-current={candidate.id === item?.id ? 'page' : undefined}
              >
                {candidate.name}
              </Link>
              <span className="booking-items__department">（{candidate.department.name}）</span>
            </li>
          ))}
        </ul>
      </nav>
      {bookableItems.length === 0 && <p>暂无可预约的事项。</p>}
      {item && (
        <>
          <h2 className="section__title">{item.name}：可预约时段</h2>
          <CaseListTable
            testId="booking-slots"
            label="可预约时段"
            columns={columns(item)}
            rows={slots}
            emptyText="暂无可预约的时段。"
          />
        </>
      )}
    </>
  );
}
