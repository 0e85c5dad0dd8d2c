import type { GetServerSideProps, PageConfig } from 'next';
import type { HeaderModel } from '@/components/SiteHeaderView';
import { ScriptFreePage } from '@/components/ScriptFreePage';
import { NotFoundMessage } from '@/components/layout/NotFoundMessage';
import { ItemGuide } from '@/components/portal/ItemGuide';
import { decodeIdSegment, nullWhenNotFound } from '@/lib/node-id';
import { loadPageFrame } from '@/lib/pages-frame';
import { loadItemGuide, type ItemGuide as ItemGuideData } from '@/lib/portal';

/** 办事指南 ships no JavaScript at all: 在线申报, 咨询 and 投诉 are links (README: Speed). */
export const config: PageConfig = { unstable_runtimeJS: false };

type Props = { frame: HeaderModel; item: ItemGuideData | null };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, res, params }) => {
  const [frame, item] = await Promise.all([
    loadPageFrame(req, res),
    nullWhenNotFound(loadItemGuide(decodeIdSegment(String(params?.id)))),
  ]);
  if (!item) res.statusCode = 404;
  return { props: { frame, item } };
};

export default function ItemGuidePage({ frame, item }: Props) {
  if (!item) {
    return (
      <ScriptFreePage frame={frame} title="事项不存在">
        <NotFoundMessage />
      </ScriptFreePage>
    );
  }
  return (
    <ScriptFreePage
      frame={frame}
      title={`${item.name} 办事指南`}
      description={`${item.name}的申请条件、申请材料、办理时限、收费标准和办理地点。`}
    >
      <ItemGuide item={item} />
    </ScriptFreePage>
  );
}
