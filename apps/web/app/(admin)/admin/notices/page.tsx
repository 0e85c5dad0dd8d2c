import type { Metadata } from 'next';
import Link from 'next/link';
import { PageTitle } from '@/components/layout/PageTitle';
import { ScrollRegion } from '@/components/layout/ScrollRegion';
import { graphql } from '@/gql';
import { serverQuery } from '@/lib/urql-server';
import { createNoticeAction, setNoticePublishedAction } from './actions';
import { DateTimeText } from '@/components/layout/DateTimeText';

export const metadata: Metadata = {
  title: '通知公告',
  description: '通知公告管理：新建、发布和撤回门户首页的通知公告。',
};

const AllNoticesQuery = graphql(`
  query AdminNotices {
    allNotices(first: 100) {
      totalCount
      nodes {
        id
        title
        publishedAt
        createdAt
      }
    }
  }
`);

const DONE: Record<string, string> = {
  created: '已保存。',
  published: '已发布，首页即时显示。',
  withdrawn: '已撤回，首页不再显示。',
};

type Params = { done?: string; error?: string };

/** 系统管理 → 通知公告: write, 发布 and 撤回 the home page's notices (plain forms, server actions). */
export default async function AdminNoticesPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams;
  const { allNotices } = await serverQuery(AllNoticesQuery, {});
  return (
    <div className="panel">
      <PageTitle>通知公告</PageTitle>
      {params.error && (
        <p role="alert" className="form-alert form-alert--error">
          {params.error}
        </p>
      )}
      {params.done && DONE[params.done] && (
        <p role="status" className="form-alert">
          {DONE[params.done]}
        </p>
      )}
      <form action={createNoticeAction} className="notice-form">
        <h2>新建通知公告</h2>
        <label htmlFor="notice-title">标题</label>
        <input id="notice-title" name="title" maxLength={100} required className="text-input" />
        <label htmlFor="notice-body">正文（空一行分段，最多 5000 字）</label>
        <textarea id="notice-body" name="body" rows={6} maxLength={5000} required className="text-input" />
        <label className="notice-form__check">
          <input type="checkbox" name="publish" value="1" /> 保存后立即发布
        </label>
        <button type="submit" className="button button--primary">
          保存
        </button>
      </form>
      <h2>全部通知公告（{allNotices.totalCount}）</h2>
      <ScrollRegion label="通知公告列表" minWidth={560}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">标题</th>
              <th scope="col">状态</th>
              <th scope="col">时间</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {allNotices.nodes.map((notice) => (
              <tr key={notice.id}>
                <th scope="row">
                  {notice.publishedAt ? (
                    <Link href={`/notices/${encodeURIComponent(notice.id)}`}>{notice.title}</Link>
                  ) : (
                    notice.title
                  )}
                </th>
                <td>{notice.publishedAt ? '已发布' : '未发布'}</td>
                <td>
                  <DateTimeText value={notice.publishedAt ?? notice.createdAt} />
                </td>
                <td>
                  <form action={setNoticePublishedAction}>
                    <input type="hidden" name="noticeId" value={notice.id} />
                    <input type="hidden" name="published" value={notice.publishedAt ? '0' : '1'} />
                    <button
                      type="submit"
                      className="button"
                      aria-label={`${notice.publishedAt ? '撤回' : '发布'}：${notice.title}`}
                    >
                      {notice.publishedAt ? '撤回' : '发布'}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
