'use client';

import { useRouter } from 'next/navigation';
import { Button } from 'antd';
import { graphql } from '@/gql';
import { useRefreshingMutation } from '@/lib/use-refreshing-mutation';

const BookVisitMutation = graphql(`
  mutation BookVisit($input: BookVisitInput!) {
    bookVisit(input: $input) {
      booking {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const CancelBookingMutation = graphql(`
  mutation CancelBooking($input: CancelBookingInput!) {
    cancelBooking(input: $input) {
      booking {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/**
 * 预约 for one slot. A refusal (e.g. 已约满 when someone took the last place first) shows as an error toast, and
 * the page is read again so the slots show the places left now.
 */
export function BookButton({ slotId, label }: { slotId: string; label: string }) {
  const { act, pending } = useRefreshingMutation(BookVisitMutation, (data) => data.bookVisit);
  const router = useRouter();
  async function book() {
    if (!(await act({ input: { slotId } }, '预约成功'))) router.refresh();
  }
  return (
    <Button size="small" type="primary" loading={pending} aria-label={`预约：${label}`} onClick={book}>
      预约
    </Button>
  );
}

/** 取消预约 of the citizen's own booking. */
export function CancelBookingButton({ bookingId, label }: { bookingId: string; label: string }) {
  const { act, pending } = useRefreshingMutation(CancelBookingMutation, (data) => data.cancelBooking);
  return (
    <Button
      size="small"
      loading={pending}
      aria-label={`取消预约：${label}`}
      onClick={() => act({ input: { bookingId } }, '预约已取消')}
    >
      取消预约
    </Button>
  );
}
