import Link from 'next/link';
import { graphql, useFragment, type FragmentType } from '@/gql';
import { formatDateTime } from '@/lib/format';
import { MarkReadButton } from './MarkReadButton';

export const NotificationList_NotificationFragment = graphql(`
  fragment NotificationList_Notification on Notification {
    id
    title
    body
    createdAt
    readAt
    case {
      id
    }
    question {
      id
    }
  }
`);

/** 消息通知: one card per notification, unread ones marked, each with its case (or its 咨询投诉) and 标为已读 (server-rendered). */
export function NotificationList(props: {
  notifications: readonly FragmentType<typeof NotificationList_NotificationFragment>[];
}) {
  const notifications = useFragment(NotificationList_NotificationFragment, props.notifications);
  if (notifications.length === 0) return <p className="notification-list__empty">暂无消息</p>;
  return (
    <ul className="notification-list" data-testid="notifications">
      {notifications.map((notification) => (
        <li
          key={notification.id}
          className={
            notification.readAt ? 'notification-card' : 'notification-card notification-card--unread'
          }
        >
          <div className="notification-card__head">
            <h2 className="notification-card__title">
              {!notification.readAt && <span className="notification-card__dot">未读</span>}
              {notification.title}
            </h2>
            <time className="notification-card__time" dateTime={notification.createdAt}>
              {formatDateTime(notification.createdAt)}
            </time>
          </div>
          <p className="notification-card__body">{notification.body}</p>
          <div className="notification-card__actions">
            {notification.case && (
              <Link href={`/personal/cases/${encodeURIComponent(notification.case.id)}`}>查看办件</Link>
            )}
            {notification.question && <Link href="/personal/questions">查看答复</Link>}
            {!notification.readAt && <MarkReadButton notificationId={notification.id} label="标为已读" />}
          </div>
        </li>
      ))}
    </ul>
  );
}
