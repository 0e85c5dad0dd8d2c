import type { Metadata } from 'next';
import Link from 'next/link';
import { graphql } from '@/gql';
import { serverQuery } from '@/lib/urql-server';
import { PageTitle } from '@/components/layout/PageTitle';
import { ForgotPasswordForm } from '@/components/account/ForgotPasswordForm';

export const metadata: Metadata = {
  title: '找回密码',
  description: '通过注册手机号接收验证码，重置网上办事大厅账号的密码。',
};

const ForgotPasswordPageQuery = graphql(`
  query ForgotPasswordPage {
    passwordRule {
      description
    }
  }
`);

/** 找回密码: a new password by a code to the registered mobile; every session of the account ends. */
export default async function ForgotPasswordPage() {
  const { passwordRule } = await serverQuery(ForgotPasswordPageQuery, {});
  return (
    <div className="login">
      <div className="login__card panel">
        <PageTitle>找回密码</PageTitle>
        <p className="login__hint">验证码将发送到账号绑定的手机号。重置后，所有设备上的登录都将退出。</p>
        <ForgotPasswordForm passwordRule={passwordRule.description} />
        <p className="login__links">
          <Link prefetch={false} href="/login">
            返回登录
          </Link>
        </p>
      </div>
    </div>
  );
}
