import type { ReactNode } from 'react';
import { redirect } from 'next/navigation';
import { getServerSession } from 'next-auth';
import { PersonalSidebar } from '@/components/personal/PersonalSidebar';
import { UserPanel } from '@/components/personal/UserPanel';
import { authOptions } from '@/lib/auth';
import { getPersonalSpace } from '@/lib/personal';
import { staffHomeOf } from '@/lib/roles';
import { redirectToSignIn } from '@/lib/sign-in-redirect';
import { getViewer } from '@/lib/viewer';

/** 个人空间. proxy.ts already sends signed-out visitors to sign in; this check does not rely on it. */
export default async function PersonalLayout({ children }: { children: ReactNode }) {
  if (!(await getServerSession(authOptions))) return redirectToSignIn('/personal');
  // Staff who do not apply for services start at their workbench (signing in lands here by default).
  const [viewer, space] = await Promise.all([getViewer(), getPersonalSpace()]);
  const staffHome = viewer ? staffHomeOf(viewer.roles) : undefined;
  if (staffHome) redirect(staffHome);
  // The API no longer knows the session (退出 elsewhere, idle, expired): sign in and come back here.
  if (!space) return redirectToSignIn('/personal');

  return (
    <div className="personal">
      <aside className="personal__sidebar" aria-label="个人空间">
        <UserPanel user={space.me} />
        <PersonalSidebar counts={space.counts} unreadNotifications={space.unreadNotifications} />
      </aside>
      <section className="personal__content">{children}</section>
    </div>
  );
}
