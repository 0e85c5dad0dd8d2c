'use client';

import { useState } from 'react';
import type { BookingAttendance, BookingStatus } from '@/gql/graphql';
import type { MutationResult, PayloadWithUserErrors } from '@/lib/mutation-outcome';
import { useServerAction } from '@/components/form/useServerAction';

type Action<Args extends unknown[]> = (...args: Args) => Promise<MutationResult<PayloadWithUserErrors>>;

/** The server actions the page gives the buttons (app/(staff)/staff/window/bookings/actions.ts). */
export type CentreBookingServerActions = {
  mark: Action<[bookingId: string, attendance: BookingAttendance]>;
  link: Action<[bookingId: string, businessNumber: string]>;
};

/**
 * 窗口人员 on one booking: 到场 / 爽约 while it is 已预约, then 关联办件 with the 业务编号 of the window case recorded
 * in 窗口收件. Plain buttons through server actions; the API's refusals (爽约 before the slot began, an unknown
 * number) show as an error toast.
 */
export function CentreBookingActions(props: {
  bookingId: string;
  status: BookingStatus;
  caseBusinessNumber: string | null;
  citizenName: string;
  actions: CentreBookingServerActions;
}) {
  const mark = useServerAction(props.actions.mark);
  const link = useServerAction(props.actions.link);
  const [businessNumber, setBusinessNumber] = useState('');
  const bookingId = props.bookingId;

  if (props.status === 'BOOKED') {
    return (
      <span className="case-row-actions">
        <button
          type="button"
          className="button button--primary button--small"
          disabled={mark.pending}
          aria-label={`到场：${props.citizenName}`}
          onClick={() => void mark.act([bookingId, 'ARRIVED'], '已标记到场')}
        >
          到场
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={mark.pending}
          aria-label={`爽约：${props.citizenName}`}
          onClick={() => void mark.act([bookingId, 'NO_SHOW'], '已标记爽约')}
        >
          爽约
        </button>
      </span>
    );
  }
  if (props.status === 'ARRIVED' && !props.caseBusinessNumber) {
    return (
      <span className="case-row-actions">
        <input
          className="text-input text-input--small"
          value={businessNumber}
          onChange={(event) => setBusinessNumber(event.target.value)}
          placeholder="窗口办件业务编号"
          aria-label={`${props.citizenName}的窗口办件业务编号`}
          maxLength={64}
        />
        <button
          type="button"
          className="button button--small"
          disabled={link.pending || !businessNumber.trim()}
          onClick={() => void link.act([bookingId, businessNumber.trim()], '已关联办件')}
        >
          关联办件
        </button>
      </span>
    );
  }
  return props.caseBusinessNumber ? <>办件 {props.caseBusinessNumber}</> : <>—</>;
}
