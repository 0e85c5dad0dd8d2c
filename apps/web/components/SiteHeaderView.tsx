import Link from 'next/link';
import type { Role } from '@/gql/graphql';
import { getHallName } from '@/lib/hall';
import { isApplicant, workbenchesOf } from '@/lib/roles';
import { SignOutButton } from './SignOutButton';
import { CareModeSwitch } from './CareModeSwitch';

/** What the header shows: the same for the App Router's pages and the script-free portal pages (pages/). */
export type HeaderModel = {
  care: boolean;
  signedIn: boolean;
  name: string | null;
  /** Without roles (API unavailable) the header keeps the applicant's way into 个人空间. */
  roles: readonly Role[];
  /** Unread messages; null when the API could not say who is signed in. */
  unread: number | null;
};

/** 退出 on a page without JavaScript: next-auth's sign-out confirmation (app/(public)/logout). */
export const SIGN_OUT_PAGE = '/logout';

/**
 * Site header: the hall's name, and 登录 or the signed-in user's name with 退出. Applicants' names lead to
 * 个人空间 (guide: 在系统首页点击个人姓名), and 消息 with the unread count to their inbox; staff also get a link
 * to their workbench. `scripts: false` (pages that ship no JavaScript) makes 退出 a link to the sign-out page.
 */
export function SiteHeaderView({ model, scripts = true }: { model: HeaderModel; scripts?: boolean }) {
  const { roles } = model;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link prefetch={false} href="/" className="site-header__brand">
          {getHallName()}
        </Link>
        <nav className="site-header__user" aria-label="用户">
          <CareModeSwitch on={model.care} />
          {model.signedIn ? (
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
              {isApplicant(roles) && model.unread !== null && (
                <Link
                  prefetch={false}
                  href="/personal/messages"
                  className="site-header__messages"
                  data-testid="header-messages"
                >
                  消息
                  {model.unread > 0 && (
                    <span className="site-header__badge">
                      {model.unread}
                      <span className="visually-hidden">条未读</span>
                    </span>
                  )}
                </Link>
              )}
              {isApplicant(roles) ? (
                <Link prefetch={false} href="/personal" title="个人空间" data-testid="header-user-name">
                  {model.name || '个人空间'}
                </Link>
              ) : (
                <span data-testid="header-user-name">{model.name}</span>
              )}
              {scripts ? (
                <SignOutButton />
              ) : (
                <Link prefetch={false} href={SIGN_OUT_PAGE} className="site-header__sign-out">
                  退出
                </Link>
              )}
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
