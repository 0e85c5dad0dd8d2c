import { PendingSubmit } from '@/components/form/PendingSubmit';
import { markReadAction } from './actions';

/** 标为已读 for one notification, or 全部已读 without `notificationId` (a server-action form, no client script). */
export function MarkReadButton({ notificationId, label }: { notificationId?: string; label: string }) {
  return (
    <form action={markReadAction}>
      {notificationId && <input type="hidden" name="notificationId" value={notificationId} />}
      <PendingSubmit small>{label}</PendingSubmit>
    </form>
  );
}
