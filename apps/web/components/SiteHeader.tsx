import Link from 'next/link';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { getHallName } from '@/lib/hall';
import { SignOutButton } from './SignOutButton';

/** Site header: the hall's name, and 登录 or the signed-in user's name (the way into 个人空间) with 退出. */
export async function SiteHeader() {
  const session = await getServerSession(authOptions);
  const name = session?.user?.name;
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          {getHallName()}
        </Link>
        <nav className="site-header__user" aria-label="用户">
          {session ? (
            <>
              <Link href="/personal" title="个人空间" data-testid="header-user-name">
                {name || '个人空间'}
              </Link>
              <SignOutButton />
            </>
          ) : (
            <Link href="/login">登录</Link>
          )}
        </nav>
      </div>
    </header>
  );
}
