'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { graphql } from '@/gql';
import { serverMutation } from '@/lib/urql-server';
import { userErrorMessages } from '@/lib/mutation-outcome';

const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      markedCount
      unreadCount
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const UpdateNotificationSettingsMutation = graphql(`
  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      user {
        id
        smsOptOut
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const PATH = '/personal/messages';

/** Back to 消息通知 with what happened; the header's and the side menu's unread counts are drawn again too. */
function answer(errors: string[], done: string): never {
  revalidatePath('/', 'layout');
  redirect(
    `${PATH}?${new URLSearchParams(errors.length > 0 ? { error: errors.join(' ') } : { done }).toString()}`,
  );
}

/** 标为已读 of one notification (`notificationId`), or 全部已读 without it. */
export async function markReadAction(form: FormData) {
  const notificationId = form.get('notificationId');
  const result = await serverMutation(MarkNotificationsReadMutation, {
    input: typeof notificationId === 'string' ? { notificationIds: [notificationId] } : { all: true },
  });
  answer(userErrorMessages(result.markNotificationsRead.userErrors), 'read');
}

/** 短信通知 on (`sms` = on) or off; turning it off also cancels the SMS still waiting to be sent. */
export async function setSmsAction(form: FormData) {
  const on = form.get('sms') === 'on';
  const result = await serverMutation(UpdateNotificationSettingsMutation, { input: { smsOptOut: !on } });
  answer(userErrorMessages(result.updateNotificationSettings.userErrors), on ? 'sms-on' : 'sms-off');
}
