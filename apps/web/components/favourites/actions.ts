'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { graphql } from '@/gql';
import { serverMutation } from '@/lib/urql-server';
import { userErrorMessages } from '@/lib/mutation-outcome';

const AddFavouriteItemMutation = graphql(`
  mutation AddFavouriteItem($input: FavouriteItemInput!) {
    addFavouriteItem(input: $input) {
      favourite {
        createdAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RemoveFavouriteItemMutation = graphql(`
  mutation RemoveFavouriteItem($input: FavouriteItemInput!) {
    removeFavouriteItem(input: $input) {
      item {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** What the star shows after a toggle: whether the item is starred now, and what happened (or was refused). */
export type FavouriteState = { starred: boolean; message: string | null; failed: boolean };

/**
 * 收藏 / 已收藏 in 我要办事 (a form's action through useActionState, so it works before hydration too): stars
 * or unstars `itemId` as `star` says; the API's refusal comes back as the message.
 */
export async function toggleFavouriteAction(
  previous: FavouriteState,
  form: FormData,
): Promise<FavouriteState> {
  const input = { itemId: String(form.get('itemId') ?? '') };
  const itemName = String(form.get('itemName') ?? '');
  const star = form.get('star') === '1';
  const userErrors = star
    ? (await serverMutation(AddFavouriteItemMutation, { input })).addFavouriteItem.userErrors
    : (await serverMutation(RemoveFavouriteItemMutation, { input })).removeFavouriteItem.userErrors;
  const errors = userErrorMessages(userErrors);
  if (errors.length > 0) return { starred: previous.starred, message: errors.join(' '), failed: true };
  revalidatePath('/personal/favourites');
  return { starred: star, message: star ? `已收藏：${itemName}` : `已取消收藏：${itemName}`, failed: false };
}

/** 取消收藏 in 我的收藏: the list is drawn again without the row and says what was removed (or refused). */
export async function removeFavouriteAction(form: FormData) {
  const input = { itemId: String(form.get('itemId') ?? '') };
  const itemName = String(form.get('itemName') ?? '');
  const result = await serverMutation(RemoveFavouriteItemMutation, { input });
  const errors = userErrorMessages(result.removeFavouriteItem.userErrors).join(' ');
  revalidatePath('/personal/favourites');
  redirect(
    `/personal/favourites?${new URLSearchParams(errors ? { error: errors } : { removed: itemName }).toString()}`,
  );
}
