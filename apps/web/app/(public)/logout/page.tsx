import type { Metadata } from 'next';
import Link from 'next/link';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';
import { PageTitle } from '@/components/layout/PageTitle';
import { SignOutButton } from '@/components/SignOutButton';

export const metadata: Metadata = { title: '退出登录' };

/**
 * 退出 from a page that ships no JavaScript (首页, 办事指南: pages/) and next-auth's own sign-out address
 * (lib/auth.ts `pages.signOut`): one button, so a link from elsewhere cannot sign anybody out by itself.
 */
export default async function LogoutPage() {
  const session = await getServerSession(authOptions);
  return (
    <div className="login">
      <div className="login__card panel">
        <PageTitle>退出登录</PageTitle>
        {session ? (
          <>
            <p>确定退出登录吗？退出后，本设备需重新登录才能查看办件。</p>
            <p className="login__links">
              <SignOutButton className="button button--primary" label="确认退出" />
              <Link prefetch={false} href="/">
                返回首页
              </Link>
            </p>
          </>
        ) : (
          <p>
            您已退出登录。
            <Link prefetch={false} href="/login">
              重新登录
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
