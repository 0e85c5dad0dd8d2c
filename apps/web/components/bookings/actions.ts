'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { graphql } from '@/gql';
import { serverMutation } from '@/lib/urql-server';
import { userErrorMessages } from '@/lib/mutation-outcome';

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

/** Back to `path` saying what happened (`done`) or the API's refusal; the page reads the places left again. */
function answer(path: string, query: URLSearchParams, errors: string[], done: string): never {
  revalidatePath('/personal/bookings', 'layout');
  if (errors.length > 0) query.set('error', errors.join(' '));
  else query.set('done', done);
  redirect(`${path}?${query.toString()}`);
}

/** 预约 of one slot (`slotId`), back to 预约办事 of the same item (`itemId`), e.g. refused as 已约满. */
export async function bookVisitAction(form: FormData) {
  const result = await serverMutation(BookVisitMutation, {
    input: { slotId: String(form.get('slotId') ?? '') },
  });
  const query = new URLSearchParams({ item: String(form.get('itemId') ?? '') });
  answer('/personal/bookings/new', query, userErrorMessages(result.bookVisit.userErrors), 'booked');
}

/** 取消预约 of the citizen's own booking, back to 我的预约. */
export async function cancelBookingAction(form: FormData) {
  const result = await serverMutation(CancelBookingMutation, {
    input: { bookingId: String(form.get('bookingId') ?? '') },
  });
  answer(
    '/personal/bookings',
    new URLSearchParams(),
    userErrorMessages(result.cancelBooking.userErrors),
    'cancelled',
  );
}
