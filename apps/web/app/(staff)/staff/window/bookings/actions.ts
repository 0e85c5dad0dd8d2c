'use server';

import { graphql } from '@/gql';
import type { BookingAttendance } from '@/gql/graphql';
import { serverMutation } from '@/lib/urql-server';

// 今日预约 on the server as the signed-in window clerk (no client-side GraphQL on the page); the API checks
// the role, the booking's state and the slot's time, and answers refusals as `userErrors`.

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

/** 到场 / 爽约. */
export async function markBookingAttendanceAction(bookingId: string, attendance: BookingAttendance) {
  const data = await serverMutation(MarkAttendanceMutation, { input: { bookingId, attendance } });
  return { data: data.markBookingAttendance };
}

/** 关联办件: the window case recorded in 窗口收件, by its 业务编号. */
export async function linkBookingCaseAction(bookingId: string, businessNumber: string) {
  const data = await serverMutation(LinkCaseMutation, { input: { bookingId, businessNumber } });
  return { data: data.linkBookingCase };
}
