import { PendingSubmit } from '@/components/form/PendingSubmit';
import { bookVisitAction, cancelBookingAction } from './actions';

/**
 * 预约 for one slot (a server-action form). A refusal (e.g. 已约满 when someone took the last place first)
 * comes back as the page's alert, and the page shows the places left now.
 */
export function BookButton({ slotId, itemId, label }: { slotId: string; itemId: string; label: string }) {
  return (
    <form action={bookVisitAction}>
      <input type="hidden" name="slotId" value={slotId} />
      <input type="hidden" name="itemId" value={itemId} />
      <PendingSubmit primary small label={`预约：${label}`}>
        预约
      </PendingSubmit>
    </form>
  );
}

/** 取消预约 of the citizen's own booking. */
export function CancelBookingButton({ bookingId, label }: { bookingId: string; label: string }) {
  return (
    <form action={cancelBookingAction}>
      <input type="hidden" name="bookingId" value={bookingId} />
      <PendingSubmit small label={`取消预约：${label}`}>
        取消预约
      </PendingSubmit>
    </form>
  );
}
