import type { Metadata } from 'next';
import { GraphiQLExplorer } from '@/components/graphiql/GraphiQLExplorer';
import { PageTitle } from '@/components/layout/PageTitle';
import { getViewer } from '@/lib/viewer';
import { getRawSessionToken } from '@/lib/session-token';

export const metadata: Metadata = { title: 'GraphiQL 接口调试' };

const STAFF_ROLES = ['WINDOW_STAFF', 'DEPARTMENT_STAFF', 'SUPERVISOR', 'ADMIN'];

/**
 * GraphiQL (互联互通接口调试), bundled with the web app: nothing loads from a CDN. Partner developers paste
 * their client id and secret; signed-in staff may use their own session. See docs/partners.md.
 */
export default async function GraphiQLPage() {
  const viewer = (await getRawSessionToken()) ? await getViewer() : null;
  const staffName = viewer && viewer.roles.some((role) => STAFF_ROLES.includes(role)) ? viewer.name : null;
  return (
    <>
      <PageTitle>GraphiQL 接口调试</PageTitle>
      <GraphiQLExplorer staffName={staffName} />
    </>
  );
}
