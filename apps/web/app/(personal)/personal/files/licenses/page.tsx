import type { Metadata } from 'next';
import { LicenseCard } from '@/components/licenses/LicenseCard';
import { ActionOutcome } from '@/components/form/ActionOutcome';
import { PageTitle } from '@/components/layout/PageTitle';
import { graphql } from '@/gql';
import { firstValue, type SearchParams } from '@/lib/cursor-paging';
import { serverQuery } from '@/lib/urql-server';

export const metadata: Metadata = { title: '我的证照' };

const MyLicensesQuery = graphql(`
  query MyLicensesPage {
    myLicenses {
      id
      ...LicenseCard_License
    }
  }
`);

/** What a button of this page did (its server action comes back here with `?done=`). */
const DONE_MESSAGES: Record<string, string> = {
  revoked: '验证码已撤销',
  appointed: '已指定证照管理员',
  removed: '已取消证照管理员',
};

/**
 * 我的文件 → 我的证照: the licenses the signed-in user may authorise, as legal representative or administrator.
 * Plain server-rendered HTML; `?revoke=` / `?remove=` ask before 撤销 / 取消 in the row.
 */
export default async function MyLicensesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const { myLicenses } = await serverQuery(MyLicensesQuery, {});
  const done = firstValue(params.done);
  const ask = {
    revokingId: firstValue(params.revoke),
    removingId: firstValue(params.remove),
    version: firstValue(params.at),
  };
  return (
    <>
      <PageTitle>我的证照</PageTitle>
      {myLicenses.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">暂无证照</p>
          <p className="text-secondary">
            企业的法定代表人及其指定的证照管理员可在此查看本企业的电子营业执照、生成验证码和查看用证记录。
          </p>
        </div>
      ) : (
        <>
          <p className="text-secondary">
            办事人在网上申报时选择“获取证照库文件”并输入您生成的验证码，即可使用本企业的电子营业执照。验证码只显示一次，10分钟内有效，只能使用一次；未使用的验证码可以撤销。
          </p>
          <ActionOutcome done={done ? DONE_MESSAGES[done] : undefined} error={firstValue(params.error)} />
          {myLicenses.map((license) => (
            <LicenseCard key={license.id} license={license} ask={ask} />
          ))}
        </>
      )}
    </>
  );
}
