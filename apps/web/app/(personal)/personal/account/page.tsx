import type { Metadata } from 'next';
import Link from 'next/link';
import { PersonalProfile } from '@/components/personal/PersonalProfile';
import { getPersonalSpace } from '@/lib/personal';
import { PageTitle } from '@/components/layout/PageTitle';

export const metadata: Metadata = {
  title: '信息管理',
  description: '信息管理：个人信息、修改密码、修改手机号、登录设备与登录记录。',
};

/** 信息管理 → 个人信息: name, masked ID number and phone, 认证等级; the other 信息管理 pages are linked below. */
export default async function AccountPage() {
  const space = await getPersonalSpace();
  if (!space) return null; // the layout has already redirected
  return (
    <>
      <PageTitle>信息管理</PageTitle>
      <PersonalProfile user={space.me} />
      <p className="text-secondary">
        身份证号和手机号只显示部分数字。手机号可在<Link href="/personal/account/phone">修改手机号</Link>
        中更换。<Link href="/personal/account/password">修改密码</Link>
        后，其他设备上的登录将全部退出； 在<Link href="/personal/account/sessions">登录设备</Link>
        中可以查看登录记录，并让其他设备退出登录。
      </p>
    </>
  );
}
