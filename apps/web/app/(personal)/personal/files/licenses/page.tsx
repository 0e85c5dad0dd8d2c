import type { Metadata } from 'next';
import { LicenseCard } from '@/components/licenses/LicenseCard';
import { graphql } from '@/gql';
import { serverQuery } from '@/lib/urql-server';
import { Providers } from '@/components/Providers';
import { PageTitle } from '@/components/layout/PageTitle';

export const metadata: Metadata = { title: '我的证照' };

const MyLicensesQuery = graphql(`
  query MyLicensesPage {
    myLicenses {
      id
      ...LicenseCard_License
    }
  }
`);

/** 我的文件 → 我的证照: the licenses the signed-in user may authorise, as legal representative or administrator. */
export default async function MyLicensesPage() {
  const { myLicenses } = await serverQuery(MyLicensesQuery, {});
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
          {/* Ant Design and the GraphQL client only where there are licenses to manage (README, "Speed"). */}
          <Providers>
            {myLicenses.map((license) => (
              <LicenseCard key={license.id} license={license} />
            ))}
          </Providers>
        </>
      )}
    </>
  );
}
