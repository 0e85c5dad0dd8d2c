import type { Metadata } from 'next';
import Link from 'next/link';
import { LoginForm } from '@/components/LoginForm';
import { safeCallbackPath } from '@/lib/callback-url';
import { PageTitle } from '@/components/layout/PageTitle';

export const metadata: Metadata = {
  title: '登录',
  description: '使用身份证号或手机号登录网上办事大厅，查看和办理您的办件。',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  return (
    <div className="login">
      <div className="login__card panel">
        <PageTitle>登录</PageTitle>
        <LoginForm callbackPath={safeCallbackPath(callbackUrl)} />
        <p className="login__links">
          <Link prefetch={false} href="/register">
            注册
          </Link>
          <Link prefetch={false} href="/forgot-password">
            忘记密码
          </Link>
        </p>
      </div>
    </div>
  );
}
