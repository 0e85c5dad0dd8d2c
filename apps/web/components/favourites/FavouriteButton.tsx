'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { App, Button } from 'antd';
import { StarFilled, StarOutlined } from '@ant-design/icons';
import { useMutation } from '@urql/next';
import { graphql } from '@/gql';
import { useFormSubmission } from '@/lib/use-form-submission';

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

/**
 * 收藏 / 已收藏 for one service item (a toggle, aria-pressed; its name starts with the visible words). `refreshAfter` re-renders the server page
 * (我的收藏's list drops the row); in 我要办事 only the button changes.
 */
export function FavouriteButton(props: {
  itemId: string;
  itemName: string;
  isFavourite: boolean;
  /** 我的收藏: the button only removes, labelled 取消收藏 */
  removeOnly?: boolean;
}) {
  const router = useRouter();
  const { message } = App.useApp();
  const [starred, setStarred] = useState(props.isFavourite);
  const [, add] = useMutation(AddFavouriteItemMutation);
  const [, remove] = useMutation(RemoveFavouriteItemMutation);
  const submission = useFormSubmission({ report: (messages) => message.error(messages.join(' ')) });
  const input = { itemId: props.itemId };

  async function toggle() {
    if (starred) {
      if (
        await submission.submit(
          () => remove({ input }),
          (data) => data.removeFavouriteItem,
        )
      ) {
        setStarred(false);
        message.success(`已取消收藏：${props.itemName}`);
        if (props.removeOnly) router.refresh();
      }
    } else if (
      await submission.submit(
        () => add({ input }),
        (data) => data.addFavouriteItem,
      )
    ) {
      setStarred(true);
      message.success(`已收藏：${props.itemName}`);
    }
  }

  if (props.removeOnly) {
    return (
      <Button
        size="small"
        loading={submission.pending}
        onClick={toggle}
        aria-label={`取消收藏：${props.itemName}`}
      >
        取消收藏
      </Button>
    );
  }
  return (
    <Button
      size="small"
      type="text"
      icon={starred ? <StarFilled style={{ color: '#d48806' }} /> : <StarOutlined />}
      loading={submission.pending}
      onClick={toggle}
      aria-pressed={starred}
      aria-label={`${starred ? '已收藏' : '收藏'}：${props.itemName}`}
    >
      {starred ? '已收藏' : '收藏'}
    </Button>
  );
}
