import type { Metadata } from 'next';
import Link from 'next/link';
import { graphql } from '@/gql';
import { serverQuery } from '@/lib/urql-server';
import { PageTitle } from '@/components/layout/PageTitle';
import { RegisterForm } from '@/components/account/RegisterForm';

export const metadata: Metadata = {
  title: '注册',
  description: '使用手机号注册网上办事大厅账号。',
};

const RegisterPageQuery = graphql(`
  query RegisterPage {
    passwordRule {
      description
    }
    registrationTerms {
      codeMinutes
      terms {
        version
        title
        body
      }
      privacyNotice {
        version
        title
        body
      }
    }
  }
`);

/** 注册: a new citizen account (自然人) with a mobile number confirmed by an SMS code. */
export default async function RegisterPage() {
  const { passwordRule, registrationTerms } = await serverQuery(RegisterPageQuery, {});
  return (
    <div className="login">
      <div className="login__card panel">
        <PageTitle>注册</PageTitle>
        <RegisterForm
          passwordRule={passwordRule.description}
          codeMinutes={registrationTerms.codeMinutes}
          terms={registrationTerms.terms}
          privacyNotice={registrationTerms.privacyNotice}
        />
        <p className="login__links">
          已有账号？
          <Link prefetch={false} href="/login">
            登录
          </Link>
        </p>
      </div>
    </div>
  );
}
