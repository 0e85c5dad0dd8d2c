import { PageTitle } from '@/components/layout/PageTitle';
import { PortalBreadcrumb } from './PortalBreadcrumb';
import { formatDateTime } from '@/lib/format';
import type { Notice } from '@/lib/portal';

/** One published notice (通知公告). Plain HTML: pages/notices/[id].tsx ships no script. */
export function NoticeArticle({ notice }: { notice: Notice }) {
  return (
    <div className="portal">
      <PortalBreadcrumb current="通知公告" />
      <article className="panel notice">
        <PageTitle>{notice.title}</PageTitle>
        <p className="portal-note">发布时间：{formatDateTime(notice.publishedAt)}</p>
        {notice.body.split(/\n\s*\n/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </article>
    </div>
  );
}
