import Link from 'next/link';
import { getServerSession } from 'next-auth';
import type { Role } from '@/gql/graphql';
import { authOptions } from '@/lib/auth';
import { getHallName } from '@/lib/hall';
import { isApplicant, workbenchesOf } from '@/lib/roles';
import { getViewer, type Viewer } from '@/lib/viewer';
import { SignOutButton } from './SignOutButton';
import { CareModeSwitch } from './CareModeSwitch';
import { isCareMode } from '@/lib/care-mode';

/** The viewer for the header; a failing API must not take the whole page down with it. */
async function viewerForHeader(): Promise<Viewer | null> {
  try {
    return await getViewer();
  } catch (error) {
    console.error('[header] could not load the signed-in user', error);
    return null;
  }
}

/**
 * Site header: the hall's name, and 登录 or the signed-in user's name with 退出. Applicants' names lead to
 * 个人空间 (guide: 在系统首页点击个人姓名), and 消息 with the unread count to their inbox; staff also get a link
 * to their workbench.
 */
export async function SiteHeader() {
  const session = await getServerSession(authOptions);
  const viewer = session ? await viewerForHeader() : null;
  const name = viewer?.name || session?.user?.name;
  // Without roles (API unavailable) the header keeps the applicant's way into 个人空间.
  const roles: readonly Role[] = viewer?.roles ?? ['CITIZEN'];
  const care = await isCareMode();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link prefetch={false} href="/" className="site-header__brand">
          {getHallName()}
        </Link>
        <nav className="site-header__user" aria-label="用户">
          <CareModeSwitch on={care} />
          {session ? (
            <>
              {workbenchesOf(roles).map((workbench) => (
                <Link
                  prefetch={false}
                  key={workbench.role}
                  href={workbench.href}
                  className="site-header__workbench"
                >
                  {workbench.label}
                </Link>
              ))}
              {isApplicant(roles) && viewer && (
                <Link
                  prefetch={false}
                  href="/personal/messages"
                  className="site-header__messages"
                  data-testid="header-messages"
                >
                  消息
                  {viewer.unreadNotificationCount > 0 && (
                    <span className="site-header__badge">
                      {viewer.unreadNotificationCount}
                      <span className="visually-hidden">条未读</span>
                    </span>
                  )}
                </Link>
              )}
              {isApplicant(roles) ? (
                <Link prefetch={false} href="/personal" title="个人空间" data-testid="header-user-name">
                  {name || '个人空间'}
                </Link>
              ) : (
                <span data-testid="header-user-name">{name}</span>
              )}
              <SignOutButton />
            </>
          ) : (
            <Link prefetch={false} href="/login">
              登录
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
