import type { Metadata } from 'next';
import { graphql } from '@/gql';
import { serverQuery } from '@/lib/urql-server';
import { ChangePhoneForm } from '@/components/account/ChangePhoneForm';
import { PageTitle } from '@/components/layout/PageTitle';

export const metadata: Metadata = { title: '修改手机号' };

const ChangePhonePageQuery = graphql(`
  query ChangePhonePage {
    me {
      id
      maskedPhone
    }
    registrationTerms {
      codeMinutes
    }
  }
`);

/** 信息管理 → 修改手机号: the current number (masked) and the new one confirmed by an SMS code. */
export default async function ChangePhonePage() {
  const { me, registrationTerms } = await serverQuery(ChangePhonePageQuery, {});
  if (!me) return null; // the layout has already redirected
  return (
    <>
      <PageTitle>修改手机号</PageTitle>
      <p className="text-secondary">
        当前手机号：<span data-testid="current-phone">{me.maskedPhone ?? '未绑定'}</span>
        。验证码将发送至新手机号，验证通过后，登录、找回密码和短信通知均使用新手机号。
      </p>
      <ChangePhoneForm codeMinutes={registrationTerms.codeMinutes} />
    </>
  );
}
