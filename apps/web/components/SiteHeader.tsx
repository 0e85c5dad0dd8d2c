import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { getViewer, type Viewer } from '@/lib/viewer';
import { isCareMode } from '@/lib/care-mode';
import { headerModelOf } from '@/lib/header-model';
import { SiteHeaderView } from './SiteHeaderView';

/** The viewer for the header; a failing API must not take the whole page down with it. */
async function viewerForHeader(): Promise<Viewer | null> {
  try {
    return await getViewer();
  } catch (error) {
    console.error('[header] could not load the signed-in user', error);
    return null;
  }
}

/** The App Router's header (components/SiteHeaderView.tsx), from this request's session. */
export async function SiteHeader() {
  const session = await getServerSession(authOptions);
  const viewer = session ? await viewerForHeader() : null;
  return <SiteHeaderView model={headerModelOf(session, viewer, await isCareMode())} />;
}
