import type { GetServerSideProps, PageConfig } from 'next';
import type { HeaderModel } from '@/components/SiteHeaderView';
import { ScriptFreePage } from '@/components/ScriptFreePage';
import { PublishedFiguresView } from '@/components/portal/PublishedFiguresView';
import { loadPageFrame } from '@/lib/pages-frame';
import { loadPublishedFigures, type PublishedFigures } from '@/lib/published-figures';

/**
 * 好差评公示 ships no JavaScript (README: Speed). Rendered per request from the cached figures: a visitor's
 * request reaches neither the API nor PostgreSQL within the cache's window (e2e/dashboard.e2e.test.ts).
 */
export const config: PageConfig = { unstable_runtimeJS: false };

type Props = { frame: HeaderModel; figures: PublishedFigures };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, res }) => {
  const [frame, figures] = await Promise.all([loadPageFrame(req, res), loadPublishedFigures()]);
  return { props: { frame, figures } };
};

export default function PublishedFiguresPage({ frame, figures }: Props) {
  return (
    <ScriptFreePage
      frame={frame}
      title="好差评公示"
      description="各部门政务服务好差评与办件时效的公示数据，含上月与近一年，可下载 CSV 与 JSON。"
    >
      <PublishedFiguresView figures={figures} />
    </ScriptFreePage>
  );
}
