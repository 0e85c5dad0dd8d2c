import type { Metadata } from 'next';
import { graphql } from '@/gql';
import { serverQuery } from '@/lib/urql-server';
import { safeCallbackPath } from '@/lib/callback-url';
import { REAL_NAME_LEVEL_LABELS } from '@/lib/labels';
import { PageTitle } from '@/components/layout/PageTitle';
import { RealNameForms } from '@/components/account/RealNameForms';

export const metadata: Metadata = { title: '实名认证' };

const RealNamePageQuery = graphql(`
  query RealNamePage {
    me {
      id
      name
      realNameLevel
      maskedIdNumber
    }
  }
`);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 信息管理 → 实名认证: the current 认证等级 and the form that raises it; `returnTo` brings the user back. */
export default async function RealNamePage({ searchParams }: Props) {
  const { returnTo } = await searchParams;
  const { me } = await serverQuery(RealNamePageQuery, {});
  if (!me) return null; // the layout has already redirected
  // Only a path on this site, never another site (the rule of sign-in's callbackUrl).
  const back = typeof returnTo === 'string' && returnTo ? safeCallbackPath(returnTo) : null;
  return (
    <>
      <PageTitle>实名认证</PageTitle>
      <p>
        当前认证等级：<strong>{REAL_NAME_LEVEL_LABELS[me.realNameLevel]}</strong>
        {me.maskedIdNumber ? `（${me.name}，身份证号 ${me.maskedIdNumber}）` : ''}
      </p>
      {me.realNameLevel === 'UNVERIFIED' && (
        <p className="text-secondary">
          请填写本人的姓名和居民身份证号，由公安部门身份核验服务核对。身份证号加密保存，页面只显示部分数字。
        </p>
      )}
      {me.realNameLevel === 'REAL_NAME' && (
        <p className="text-secondary">
          实人认证将采集您的人脸，与身份证照片比对；平台不保存人脸图像。本环境使用模拟的人脸核验服务。
        </p>
      )}
      {me.realNameLevel === 'REAL_PERSON' && <p>您已完成最高等级的认证。</p>}
      <RealNameForms level={me.realNameLevel} returnTo={back} />
    </>
  );
}
