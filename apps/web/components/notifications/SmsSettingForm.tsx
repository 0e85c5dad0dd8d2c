'use client';

import { useRouter } from 'next/navigation';
import { App, Switch } from 'antd';
import { useMutation } from '@urql/next';
import { graphql } from '@/gql';
import { useFormSubmission } from '@/lib/use-form-submission';

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
  const [, update] = useMutation(UpdateNotificationSettingsMutation);
  const { message } = App.useApp();
  const router = useRouter();
  const { pending, submit } = useFormSubmission({ report: (messages) => message.error(messages.join(' ')) });

  async function onChange(on: boolean) {
    if (
      await submit(
        () => update({ input: { smsOptOut: !on } }),
        (data) => data.updateNotificationSettings,
      )
    ) {
      message.success(on ? '已开启短信通知' : '已关闭短信通知');
      router.refresh();
    }
  }

  return (
    <label className="sms-setting">
      <Switch checked={!smsOptOut} onChange={onChange} loading={pending} disabled={!hasPhone} />
      <span>短信通知</span>
    </label>
  );
}
