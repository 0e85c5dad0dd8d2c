import type { Metadata } from 'next';
import Link from 'next/link';
import { graphql } from '@/gql';
import type { FirmLinkStatus } from '@/gql/graphql';
import { serverQuery } from '@/lib/urql-server';
import { PageTitle } from '@/components/layout/PageTitle';
import { DecideFirmLinkButtons, RequestFirmLinkForm } from '@/components/account/FirmLinkForms';
import { DateTimeText } from '@/components/layout/DateTimeText';

export const metadata: Metadata = { title: '企业关联' };

const FirmPageQuery = graphql(`
  query FirmPage {
    me {
      id
      realNameLevel
    }
    myFirmLinks {
      id
      creditCode
      firmName
      status
      requestedAt
      decidedAt
    }
    firmLinksToDecide {
      id
      creditCode
      firmName
      requestedAt
      requesterName
      requesterMaskedPhone
    }
  }
`);

const STATUS: Record<FirmLinkStatus, string> = {
  PENDING: '待确认',
  APPROVED: '已关联',
  REJECTED: '已拒绝',
  CANCELLED: '已撤回',
};

/**
 * 法人 → 企业关联: ask to act for a firm by its 统一社会信用代码 (its legal representative confirms), one's own
 * requests, and — for a legal representative — the requests to decide.
 */
export default async function FirmPage() {
  const { me, myFirmLinks, firmLinksToDecide } = await serverQuery(FirmPageQuery, {});
  if (!me) return null; // the layout has already redirected
  const linked = myFirmLinks.some((link) => link.status === 'APPROVED');
  return (
    <>
      <PageTitle>企业关联</PageTitle>
      <p>
        以法人身份办事，需要先关联企业：填写企业的统一社会信用代码，由企业的法定代表人登录后确认。关联后，您可以管理该企业的电子证照。
      </p>
      {firmLinksToDecide.length > 0 && (
        <section className="section" aria-labelledby="firm-decide-title">
          <h2 id="firm-decide-title" className="section__title">
            待我确认的关联申请
          </h2>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">申请人</th>
                  <th scope="col">企业</th>
                  <th scope="col">申请时间</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                {firmLinksToDecide.map((link) => (
                  <tr key={link.id}>
                    <td>
                      {link.requesterName}
                      {link.requesterMaskedPhone ? `（${link.requesterMaskedPhone}）` : ''}
                    </td>
                    <td>{link.firmName}</td>
                    <td>
                      <DateTimeText value={link.requestedAt} />
                    </td>
                    <td>
                      <DecideFirmLinkButtons linkId={link.id} requester={link.requesterName} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <section className="section" aria-labelledby="firm-request-title">
        <h2 id="firm-request-title" className="section__title">
          申请关联企业
        </h2>
        {me.realNameLevel === 'UNVERIFIED' ? (
          <p>
            关联企业需要先完成实名认证。
            <Link href={`/personal/account/real-name?returnTo=${encodeURIComponent('/personal/firm')}`}>
              去实名认证
            </Link>
          </p>
        ) : linked ? (
          <p>您已关联企业。</p>
        ) : (
          <RequestFirmLinkForm />
        )}
      </section>
      <section className="section" aria-labelledby="firm-mine-title">
        <h2 id="firm-mine-title" className="section__title">
          我的关联申请
        </h2>
        {myFirmLinks.length === 0 ? (
          <p>暂无申请。</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">企业</th>
                  <th scope="col">统一社会信用代码</th>
                  <th scope="col">状态</th>
                  <th scope="col">申请时间</th>
                </tr>
              </thead>
              <tbody>
                {myFirmLinks.map((link) => (
                  <tr key={link.id}>
                    <td>{link.firmName}</td>
                    <td>{link.creditCode}</td>
                    <td>{STATUS[link.status]}</td>
                    <td>
                      <DateTimeText value={link.requestedAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
