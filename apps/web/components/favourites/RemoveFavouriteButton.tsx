import { removeFavouriteAction } from './actions';

/** 取消收藏 in 我的收藏: a server-rendered form (works without client JavaScript). */
export function RemoveFavouriteButton(props: { itemId: string; itemName: string }) {
  return (
    <form action={removeFavouriteAction}>
      <input type="hidden" name="itemId" value={props.itemId} />
      <input type="hidden" name="itemName" value={props.itemName} />
      <button type="submit" className="button button--small" aria-label={`取消收藏：${props.itemName}`}>
        取消收藏
      </button>
    </form>
  );
}
