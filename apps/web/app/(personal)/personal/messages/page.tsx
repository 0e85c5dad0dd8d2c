import type { Metadata } from 'next';
import { ActionOutcome } from '@/components/form/ActionOutcome';
import { ListPager } from '@/components/evaluations/ListPager';
import { MarkReadButton } from '@/components/notifications/MarkReadButton';
import { NotificationList } from '@/components/notifications/NotificationList';
import { SmsSettingForm } from '@/components/notifications/SmsSettingForm';
import { graphql } from '@/gql';
import { pagingLinks, parsePaging, type SearchParams } from '@/lib/cursor-paging';
import { serverQuery } from '@/lib/urql-server';
import { PageTitle } from '@/components/layout/PageTitle';

export const metadata: Metadata = { title: '消息通知' };

const PAGE_SIZE = 20;

const MessagesQuery = graphql(`
  query MessagesPage($first: Int!, $after: String) {
    me {
      id
      maskedPhone
      smsOptOut
      unreadNotificationCount
      notifications(first: $first, after: $after) {
        nodes {
          ...NotificationList_Notification
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
  }
`);

/** What a button of this page did (its server action comes back here with `?done=`). */
const DONE_MESSAGES: Record<string, string> = {
  read: '已标为已读',
  'sms-on': '已开启短信通知',
  'sms-off': '已关闭短信通知',
};

/**
 * 我的互动 → 消息通知: the inbox, newest first (办件受理、补正、办结, 评价提醒, 部门回复), 全部已读, and the SMS
 * choice. The job room writes the notifications; the same text goes by SMS outside quiet hours.
 */
export default async function MessagesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const paging = parsePaging(params);
  const done = typeof params.done === 'string' ? DONE_MESSAGES[params.done] : undefined;
  const error = typeof params.error === 'string' ? params.error : undefined;
  const { me } = await serverQuery(MessagesQuery, { first: PAGE_SIZE, after: paging.after ?? null });
  if (!me) return null; // the layout has already redirected
  const { notifications } = me;
  const links = pagingLinks('/personal/messages', paging, notifications.pageInfo);
  return (
    <>
      <PageTitle>消息通知</PageTitle>
      <ActionOutcome done={done} error={error} />
      <div className="messages__bar">
        <p className="text-secondary" style={{ marginBottom: 0 }}>
          共 {notifications.totalCount} 条，未读 {me.unreadNotificationCount} 条
        </p>
        {me.unreadNotificationCount > 0 && <MarkReadButton label="全部已读" />}
      </div>
      <NotificationList notifications={notifications.nodes} />
      <ListPager
        totalCount={notifications.totalCount}
        unit="条"
        previousHref={links.previous}
        nextHref={links.next}
      />
      <section aria-labelledby="sms-title" className="section">
        <h2 id="sms-title" className="section__title">
          短信通知
        </h2>
        <p className="text-secondary">
          {me.maskedPhone
            ? `消息同时以短信发送至 ${me.maskedPhone}。22:00 至次日 08:00 不发送短信，顺延至 08:00 发送。`
            : '未绑定手机号，消息只在此处显示。'}
        </p>
        <SmsSettingForm smsOptOut={me.smsOptOut} hasPhone={Boolean(me.maskedPhone)} />
      </section>
    </>
  );
}
