import type { Metadata } from 'next';
import { SessionTable } from '@/components/account/SessionTable';
import { ListPager } from '@/components/evaluations/ListPager';
import { graphql } from '@/gql';
import { pagingLinks, parsePaging, type SearchParams } from '@/lib/cursor-paging';
import { serverQuery } from '@/lib/urql-server';
import { Notice } from '@/components/layout/Notice';
import { PageTitle } from '@/components/layout/PageTitle';

export const metadata: Metadata = { title: '登录设备' };

const HISTORY_PAGE_SIZE = 20;

const AccountSessionsQuery = graphql(`
  query AccountSessionsPage($first: Int!, $after: String) {
    me {
      id
      live: sessions(activeOnly: true, first: 100) {
        nodes {
          ...SessionTable_UserSession
        }
      }
      history: sessions(first: $first, after: $after) {
        nodes {
          ...SessionTable_UserSession
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
  }
`);

/**
 * 信息管理 → 登录设备: the devices still signed in, each with 退出 (but this one: the header's 退出 ends it),
 * and 登录记录, every sign-in newest first, paged.
 */
export default async function AccountSessionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const paging = parsePaging(params);
  const { me } = await serverQuery(AccountSessionsQuery, {
    first: HISTORY_PAGE_SIZE,
    after: paging.after ?? null,
  });
  if (!me) return null; // the layout has already redirected
  const { live, history } = me;
  const links = pagingLinks('/personal/account/sessions', paging, history.pageInfo);
  return (
    <>
      <PageTitle>登录设备</PageTitle>
      {params.ended === '1' && <Notice tone="success" role="status" title="该设备已退出登录" />}
      <section aria-labelledby="live-sessions-title" className="section">
        <h2 id="live-sessions-title" className="section__title">
          在线设备
        </h2>
        <p className="text-secondary">
          以下设备当前处于登录状态。如有不认识的设备，请让其退出登录并修改密码。
        </p>
        <SessionTable list="live" sessions={live.nodes} />
      </section>
      <section aria-labelledby="history" className="section">
        <h2 id="history" className="section__title">
          登录记录
        </h2>
        <SessionTable list="history" sessions={history.nodes} />
        <ListPager
          totalCount={history.totalCount}
          unit="次登录"
          previousHref={links.previous}
          nextHref={links.next}
        />
      </section>
    </>
  );
}
