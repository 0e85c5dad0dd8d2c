import type { Metadata } from 'next';
import { graphql } from '@/gql';
import { serverQuery } from '@/lib/urql-server';
import { ChangePasswordForm } from '@/components/account/ChangePasswordForm';
import { PageTitle } from '@/components/layout/PageTitle';

export const metadata: Metadata = { title: '修改密码' };

/** 信息管理 → 修改密码. */
const ChangePasswordPageQuery = graphql(`
  query ChangePasswordPage {
    passwordRule {
      description
    }
  }
`);

export default async function ChangePasswordPage() {
  const { passwordRule } = await serverQuery(ChangePasswordPageQuery, {});
  return (
    <>
      <PageTitle>修改密码</PageTitle>
      <p className="text-secondary">
        修改成功后，本设备保持登录，其他设备上的登录将全部退出。当前密码连续输错 5 次，15 分钟内不能再修改。
      </p>
      <ChangePasswordForm passwordRule={passwordRule.description} />
    </>
  );
}
