import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageTitle } from '@/components/layout/PageTitle';
import { formatDateTime } from '@/lib/format';
import { decodeIdSegment, isNotFoundError } from '@/lib/node-id';
import { loadNotice } from '@/lib/portal';

type Props = { params: Promise<{ id: string }> };

async function noticeOf(props: Props) {
  try {
    return await loadNotice(decodeIdSegment((await props.params).id));
  } catch (error) {
    if (isNotFoundError(error)) return null;
    throw error;
  }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const notice = await noticeOf(props);
  return { title: notice?.title ?? '通知公告' };
}

/** One published notice (通知公告); an unpublished or unknown one is a 404. */
export default async function NoticePage(props: Props) {
  const notice = await noticeOf(props);
  if (!notice) notFound();
  return (
    <div className="portal">
      <nav aria-label="位置" className="portal-breadcrumb">
        <Link prefetch={false} href="/">
          首页
        </Link>{' '}
        › <span>通知公告</span>
      </nav>
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
