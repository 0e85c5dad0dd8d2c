'use client';

import { Switch } from 'antd';
import { graphql } from '@/gql';
import { useRefreshingMutation } from '@/lib/use-refreshing-mutation';

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

/** 短信通知 on or off: turning it off also cancels the SMS still waiting to be sent. */
export function SmsSettingForm({ smsOptOut, hasPhone }: { smsOptOut: boolean; hasPhone: boolean }) {
  const { act, pending } = useRefreshingMutation(
    UpdateNotificationSettingsMutation,
    (data) => data.updateNotificationSettings,
  );
  const onChange = (on: boolean) =>
    act({ input: { smsOptOut: !on } }, on ? '已开启短信通知' : '已关闭短信通知');

  return (
    <label className="sms-setting">
      <Switch checked={!smsOptOut} onChange={onChange} loading={pending} disabled={!hasPhone} />
      <span>短信通知</span>
    </label>
  );
}
