'use client';

import { useActionState } from 'react';
import { toggleFavouriteAction, type FavouriteState } from './actions';

/**
 * 收藏 / 已收藏 for one service item in 我要办事: a toggle (aria-pressed; its name starts with the visible words)
 * in a form whose action runs on the server, so it works before hydration and ships no GraphQL client. What
 * happened shows in a status line beside the button.
 */
export function FavouriteButton(props: { itemId: string; itemName: string; isFavourite: boolean }) {
  const [state, action, pending] = useActionState<FavouriteState, FormData>(toggleFavouriteAction, {
    starred: props.isFavourite,
    message: null,
    failed: false,
  });
  const { starred } = state;
  return (
    <form action={action} className="favourite-toggle">
      <input type="hidden" name="itemId" value={props.itemId} />
      <input type="hidden" name="itemName" value={props.itemName} />
      <input type="hidden" name="star" value={starred ? '0' : '1'} />
      <button
        type="submit"
        className={`button button--small${starred ? ' favourite-toggle--on' : ''}`}
        aria-pressed={starred}
        aria-label={`${starred ? '已收藏' : '收藏'}：${props.itemName}`}
        disabled={pending}
        aria-busy={pending}
      >
        <span aria-hidden="true">{starred ? '★' : '☆'}</span>
        {starred ? '已收藏' : '收藏'}
      </button>
      <span role="status">
        {state.message && (
          // Keyed by the message, so each new answer shows (and fades) afresh.
          <span key={state.message} className={state.failed ? 'toast form-error-text' : 'toast'}>
            {state.message}
          </span>
        )}
      </span>
    </form>
  );
}
