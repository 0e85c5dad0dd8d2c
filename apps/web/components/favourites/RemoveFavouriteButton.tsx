import { PendingSubmit } from '@/components/form/PendingSubmit';
import { removeFavouriteAction } from './actions';

/** 取消收藏 in 我的收藏: a server-rendered form (works without client JavaScript). */
export function RemoveFavouriteButton(props: { itemId: string; itemName: string }) {
  return (
    <form action={removeFavouriteAction}>
      <input type="hidden" name="itemId" value={props.itemId} />
      <input type="hidden" name="itemName" value={props.itemName} />
      <PendingSubmit small label={`取消收藏：${props.itemName}`}>
        取消收藏
      </PendingSubmit>
    </form>
  );
}
