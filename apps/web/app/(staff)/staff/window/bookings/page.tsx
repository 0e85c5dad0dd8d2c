import type { Metadata } from 'next';
import Link from 'next/link';
import { CentreBookingActions } from '@/components/bookings/CentreBookingActions';
import { CaseListTable, type CaseColumn } from '@/components/cases/CaseListTable';
import { NameText } from '@/components/layout/NameText';
import { PageTitle } from '@/components/layout/PageTitle';
import { graphql } from '@/gql';
import type { CentreBookingsPageQuery } from '@/gql/graphql';
import { cstDayOf, formatDateTime } from '@/lib/format';
import { BOOKING_STATUS_LABELS } from '@/lib/labels';
import { serverQuery } from '@/lib/urql-server';
import { linkBookingCaseAction, markBookingAttendanceAction } from './actions';

export const metadata: Metadata = {
  title: '今日预约',
  description: '今日预约：服务中心当天的预约，标记到场或爽约，并关联窗口办件。',
};

const ACTIONS = { mark: markBookingAttendanceAction, link: linkBookingCaseAction };

const CentresQuery = graphql(`
  query WindowCentres {
    serviceCentres {
      id
      name
    }
  }
`);

const CentreBookingsQuery = graphql(`
  query CentreBookingsPage($centreId: ID!, $day: Date!) {
    centreBookings(centreId: $centreId, day: $day, first: 100) {
      totalCount
      nodes {
        id
        status
        citizenName
        citizenMaskedIdNumber
        caseBusinessNumber
        slot {
          startsAt
          endsAt
          item {
            name
          }
        }
      }
    }
  }
`);

type Row = CentreBookingsPageQuery['centreBookings']['nodes'][number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const columns: CaseColumn<Row>[] = [
  {
    key: 'time',
    title: '时段',
    nowrap: true,
    cell: (row) =>
      `${formatDateTime(row.slot.startsAt).slice(11, 16)}–${formatDateTime(row.slot.endsAt).slice(11, 16)}`,
  },
  { key: 'item', title: '事项名称', cell: (row) => <NameText text={row.slot.item.name} /> },
  { key: 'citizen', title: '预约人', nowrap: true, cell: (row) => row.citizenName },
  { key: 'idNumber', title: '身份证号', nowrap: true, cell: (row) => row.citizenMaskedIdNumber ?? '—' },
  { key: 'status', title: '状态', nowrap: true, cell: (row) => BOOKING_STATUS_LABELS[row.status] },
  {
    key: 'actions',
    title: '操作',
    cell: (row) => (
      <CentreBookingActions
        bookingId={row.id}
        status={row.status}
        caseBusinessNumber={row.caseBusinessNumber}
        citizenName={row.citizenName}
        actions={ACTIONS}
      />
    ),
  },
];

/** 今日预约: a service centre's bookings of one day (today in CST unless `?day=`), to mark 到场 / 爽约 and link cases. */
export default async function CentreBookingsPage({
  searchParams,
}: {
  searchParams: Promise<{ centre?: string; day?: string }>;
}) {
  const params = await searchParams;
  const day = params.day && DAY.test(params.day) ? params.day : cstDayOf();
  const { serviceCentres } = await serverQuery(CentresQuery, {});
  const centre = serviceCentres.find((candidate) => candidate.id === params.centre) ?? serviceCentres[0];
  const bookings = centre
    ? (await serverQuery(CentreBookingsQuery, { centreId: centre.id, day })).centreBookings
    : null;
  return (
    <>
      <PageTitle>今日预约</PageTitle>
      <p>
        {centre ? `${centre.name}，${day}` : '暂无服务中心'}
        {bookings && `，共 ${bookings.totalCount} 个预约`}。预约人到场后点“到场”，在
        <Link href="/staff/window">窗口收件</Link>
        登记办件后，填写业务编号“关联办件”；时段开始后未到场的点“爽约”。
      </p>
      {serviceCentres.length > 1 && (
        <nav aria-label="服务中心">
          {serviceCentres.map((candidate) => (
            <Link
              key={candidate.id}
              href={`/staff/window/bookings?centre=${encodeURIComponent(candidate.id)}&day=${day}`}
              aria-current={candidate.id === centre?.id ? 'page' : undefined}
              style={{ marginRight: 16 }}
            >
              {candidate.name}
            </Link>
          ))}
        </nav>
      )}
      <CaseListTable
        testId="centre-bookings"
        label="今日预约"
        columns={columns}
        rows={bookings?.nodes ?? []}
        emptyText="当天暂无预约。"
      />
    </>
  );
}
