import type { GetServerSideProps, PageConfig } from 'next';
import type { HeaderModel } from '@/components/SiteHeaderView';
import { ScriptFreePage } from '@/components/ScriptFreePage';
import { NotFoundMessage } from '@/components/layout/NotFoundMessage';
import { NoticeArticle } from '@/components/portal/NoticeArticle';
import { decodeIdSegment, nullWhenNotFound } from '@/lib/node-id';
import { loadPageFrame } from '@/lib/pages-frame';
import { loadNotice, type Notice } from '@/lib/portal';

/** 通知公告 ships no JavaScript (README: Speed); an unpublished or unknown notice is a 404. */
export const config: PageConfig = { unstable_runtimeJS: false };

type Props = { frame: HeaderModel; notice: Notice | null };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, res, params }) => {
  const [frame, notice] = await Promise.all([
    loadPageFrame(req, res),
    nullWhenNotFound(loadNotice(decodeIdSegment(String(params?.id)))),
  ]);
  if (!notice) res.statusCode = 404;
  return { props: { frame, notice } };
};

export default function NoticePage({ frame, notice }: Props) {
  return (
    <ScriptFreePage frame={frame} title={notice?.title ?? '通知公告'}>
      {notice ? <NoticeArticle notice={notice} /> : <NotFoundMessage />}
    </ScriptFreePage>
  );
}
