import Link from 'next/link';
import type { Role } from '@/gql/graphql';
import { getHallName } from '@/lib/hall';
import { isApplicant, workbenchesOf } from '@/lib/roles';
import { formatDateTime, formatRate } from '@/lib/format';
import type { PortalHome as PortalHomeData } from '@/lib/portal';
import { itemHref } from '@/lib/portal-links';
import type { PublishedFigures } from '@/lib/published-figures';
import { PageTitle } from '@/components/layout/PageTitle';
import { SearchBox } from './SearchBox';
import { CategoryEntries } from './CategoryEntries';

/** What a signed-in user can do from here: 个人空间 for applicants, the workbench for staff. */
function SignedInHint({ roles }: { roles: readonly Role[] }) {
  const workbenches = workbenchesOf(roles);
  if (!isApplicant(roles) && workbenches.length > 0) {
    return (
      <p>
        您已登录。进入
        {workbenches.map((workbench, index) => (
          <span key={workbench.role}>
            {index > 0 && '、'}“
            <Link prefetch={false} href={workbench.href}>
              {workbench.label}
            </Link>
            ”
          </span>
        ))}
        办理业务。
      </p>
    );
  }
  return (
    <p>您已登录。点击页面右上角的个人姓名，进入“个人空间”，在“我的办件”中查看在办件、办结件等办件信息。</p>
  );
}

/** 好差评公示 on the home page: last month's departments with the most evaluations (from the 公示 cache). */
function PublishedFiguresSummary({ figures }: { figures: PublishedFigures | null }) {
  const rows = figures ? [...figures.month].sort((a, b) => b.total - a.total).slice(0, 5) : [];
  return (
    <section className="portal-section" aria-labelledby="portal-gongshi">
      <h2 id="portal-gongshi">好差评公示</h2>
      {figures && rows.length > 0 ? (
        <>
          <p className="portal-note">
            上月（{figures.monthFrom} 至 {figures.monthTo}）评价最多的部门：
          </p>
          <table className="data-table portal-figures">
            <thead>
              <tr>
                <th scope="col">部门</th>
                <th scope="col">评价总量</th>
                <th scope="col">好评率</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.department.id}>
                  <th scope="row">{row.department.name}</th>
                  <td>{row.total}</td>
                  <td>{formatRate(row.goodRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="portal-note">暂无公示数据。</p>
      )}
      <p>
        <Link prefetch={false} href="/gongshi">
          查看全部公示数据
        </Link>
      </p>
    </section>
  );
}

/**
 * 首页 as the hall's portal: search, 个人办事 / 法人办事 entries, 热门事项, 通知公告 and 好差评公示. Plain HTML
 * without any script of its own (pages/index.tsx ships none at all). `roles` is null when signed out.
 */
export function PortalHome(props: {
  home: PortalHomeData;
  figures: PublishedFigures | null;
  roles: readonly Role[] | null;
}) {
  const { home } = props;
  return (
    <div className="portal">
      <section className="panel portal-hero" aria-label="搜索与登录">
        <PageTitle>欢迎使用{getHallName()}</PageTitle>
        <SearchBox large />
        {props.roles ? (
          <SignedInHint roles={props.roles} />
        ) : (
          <p className="portal-sign-in">
            <Link prefetch={false} className="button button--primary" href="/login">
              登录
            </Link>
            <span>登录后可在线申报，并在“个人空间”查看网上申报、互联互通和窗口申报的办件。</span>
          </p>
        )}
      </section>

      <div className="portal-columns">
        <CategoryEntries audience="PERSONAL" categories={home.serviceCategories} />
        <CategoryEntries audience="LEGAL" categories={home.serviceCategories} />
      </div>

      <div className="portal-columns">
        <section className="portal-section" aria-labelledby="portal-popular">
          <h2 id="portal-popular">热门事项</h2>
          <ol className="portal-list">
            {home.popularServiceItems.map((popular) => (
              <li key={popular.item.id}>
                <Link prefetch={false} href={itemHref(popular.item.id)}>
                  {popular.item.name}
                </Link>
                <span className="portal-list__meta">
                  {popular.item.department.name} · 办件量 {popular.caseCount}
                </span>
              </li>
            ))}
          </ol>
        </section>

        <section className="portal-section" aria-labelledby="portal-notices">
          <h2 id="portal-notices">通知公告</h2>
          {home.notices.nodes.length === 0 ? (
            <p className="portal-note">暂无通知公告。</p>
          ) : (
            <ul className="portal-list">
              {home.notices.nodes.map((notice) => (
                <li key={notice.id}>
                  <Link prefetch={false} href={`/notices/${encodeURIComponent(notice.id)}`}>
                    {notice.title}
                  </Link>
                  <span className="portal-list__meta">{formatDateTime(notice.publishedAt).slice(0, 10)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <PublishedFiguresSummary figures={props.figures} />
    </div>
  );
}
