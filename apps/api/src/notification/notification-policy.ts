import { definePolicy } from '../auth/policy.ts';

/**
 * 我的互动 → 消息通知: people read and mark their own notifications and set their own SMS choice; only the
 * job room writes notifications and sends SMS.
 */
export const notificationPolicy = definePolicy('notification', {
  'notification.read': { SIGNED_IN: 'own' },
  'notification.markRead': { SIGNED_IN: 'own' },
  'notification.updateSettings': { SIGNED_IN: 'own' },
  'notification.write': { 'job:notifications': 'all' },
  'notification.sendSms': { 'job:notifications': 'all' },
});
