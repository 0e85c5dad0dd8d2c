import type { GetServerSideProps, PageConfig } from 'next';
import type { HeaderModel } from '@/components/SiteHeaderView';
import { ScriptFreePage } from '@/components/ScriptFreePage';
import { PortalHome } from '@/components/portal/PortalHome';
import { loadPageFrame } from '@/lib/pages-frame';
import { loadPortalHome, type PortalHome as PortalHomeData } from '@/lib/portal';
import { loadPublishedFigures, type PublishedFigures } from '@/lib/published-figures';

/** 首页 ships no JavaScript at all: everything on it is a link or a GET form (README: Speed). */
export const config: PageConfig = { unstable_runtimeJS: false };

type Props = { frame: HeaderModel; home: PortalHomeData; figures: PublishedFigures | null };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, res }) => {
  const [frame, home, figures] = await Promise.all([
    loadPageFrame(req, res),
    loadPortalHome(),
    loadPublishedFigures().catch(() => null),
  ]);
  return { props: { frame, home, figures } };
};

export default function HomePage({ frame, home, figures }: Props) {
  return (
    <ScriptFreePage frame={frame} title={null}>
      <PortalHome home={home} figures={figures} roles={frame.signedIn ? frame.roles : null} />
    </ScriptFreePage>
  );
}
