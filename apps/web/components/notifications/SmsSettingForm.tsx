import { setSmsAction } from './actions';

/**
 * 短信通知 on or off (a server-action form): a switch-like button saying the current state; pressing it
 * changes it. Turning it off also cancels the SMS still waiting to be sent.
 */
export function SmsSettingForm({ smsOptOut, hasPhone }: { smsOptOut: boolean; hasPhone: boolean }) {
  const on = !smsOptOut;
  return (
    <form action={setSmsAction} className="sms-setting">
      <input type="hidden" name="sms" value={on ? 'off' : 'on'} />
      <button
        type="submit"
        role="switch"
        aria-checked={on}
        className={on ? 'sms-switch sms-switch--on' : 'sms-switch'}
        disabled={!hasPhone}
        aria-label="短信通知"
      >
        <span className="sms-switch__knob" aria-hidden="true" />
      </button>
      <span aria-hidden="true">短信通知：{on ? '已开启' : '已关闭'}</span>
    </form>
  );
}
