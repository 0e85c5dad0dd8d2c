'use client';

import { useState } from 'react';
import { Button, Input } from 'antd';
import { graphql } from '@/gql';
import type { BookingStatus } from '@/gql/graphql';
import { useRefreshingMutation } from '@/lib/use-refreshing-mutation';

const MarkAttendanceMutation = graphql(`
  mutation MarkBookingAttendance($input: MarkBookingAttendanceInput!) {
    markBookingAttendance(input: $input) {
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

const LinkCaseMutation = graphql(`
  mutation LinkBookingCase($input: LinkBookingCaseInput!) {
    linkBookingCase(input: $input) {
      booking {
        id
        caseBusinessNumber
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/**
 * 窗口人员 on one booking: 到场 / 爽约 while it is 已预约, then 关联办件 with the 业务编号 of the window case recorded
 * in 窗口收件. The API's refusals (爽约 before the slot began, an unknown number) show as an error toast.
 */
export function CentreBookingActions(props: {
  bookingId: string;
  status: BookingStatus;
  caseBusinessNumber: string | null;
  citizenName: string;
}) {
  const mark = useRefreshingMutation(MarkAttendanceMutation, (data) => data.markBookingAttendance);
  const link = useRefreshingMutation(LinkCaseMutation, (data) => data.linkBookingCase);
  const [businessNumber, setBusinessNumber] = useState('');
  const bookingId = props.bookingId;

  if (props.status === 'BOOKED') {
    return (
      <span className="case-row-actions">
        <Button
          size="small"
          type="primary"
          loading={mark.pending}
          aria-label={`到场：${props.citizenName}`}
          onClick={() => mark.act({ input: { bookingId, attendance: 'ARRIVED' } }, '已标记到场')}
        >
          到场
        </Button>
        <Button
          size="small"
          loading={mark.pending}
          aria-label={`爽约：${props.citizenName}`}
          onClick={() => mark.act({ input: { bookingId, attendance: 'NO_SHOW' } }, '已标记爽约')}
        >
          爽约
        </Button>
      </span>
    );
  }
  if (props.status === 'ARRIVED' && !props.caseBusinessNumber) {
    return (
      <span className="case-row-actions">
        <Input
          size="small"
          value={businessNumber}
          onChange={(event) => setBusinessNumber(event.target.value)}
          placeholder="窗口办件业务编号"
          aria-label={`${props.citizenName}的窗口办件业务编号`}
          style={{ width: 180 }}
          maxLength={64}
        />
        <Button
          size="small"
          loading={link.pending}
          disabled={!businessNumber.trim()}
          onClick={() =>
            link.act({ input: { bookingId, businessNumber: businessNumber.trim() } }, '已关联办件')
          }
        >
          关联办件
        </Button>
      </span>
    );
  }
  return props.caseBusinessNumber ? <>办件 {props.caseBusinessNumber}</> : <>—</>;
}
