import type { Metadata } from 'next';
import Form from 'next/form';
import Link from 'next/link';
import { CatalogueTable } from '@/components/apply/CatalogueTable';
import { graphql } from '@/gql';
import { serverQuery } from '@/lib/urql-server';
import { PageTitle } from '@/components/layout/PageTitle';

export const metadata: Metadata = { title: '我要办事' };

const CatalogueQuery = graphql(`
  query CataloguePage($search: String, $departmentId: ID, $after: String) {
    departments {
      id
      name
    }
    catalogueItems(search: $search, departmentId: $departmentId, first: 50, after: $after) {
      nodes {
        ...CatalogueTable_Item
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const single = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value)?.trim() || undefined;

/** 我要办事: the catalogue of service items, searchable by name and filterable by department. */
export default async function ApplyPage({ searchParams }: Props) {
  const params = await searchParams;
  const search = single(params.search)?.slice(0, 64);
  const departmentId = single(params.department);
  const after = single(params.after);
  const { departments, catalogueItems } = await serverQuery(CatalogueQuery, {
    search: search ?? null,
    departmentId: departmentId ?? null,
    after: after ?? null,
  });
  const query = new URLSearchParams();
  if (search) query.set('search', search);
  if (departmentId) query.set('department', departmentId);
  const filtered = Boolean(search || departmentId);

  return (
    <>
      <PageTitle>我要办事</PageTitle>
      <Form
        action="/personal/apply"
        className="case-list__filters"
        aria-label="查找事项"
        key={query.toString()}
      >
        <input
          className="filter-input filter-input--wide"
          type="search"
          name="search"
          aria-label="事项名称"
          placeholder="输入事项名称"
          defaultValue={search}
          maxLength={64}
        />
        <select
          className="filter-input filter-input--wide"
          name="department"
          aria-label="审批部门"
          defaultValue={departmentId ?? ''}
        >
          <option value="">全部部门</option>
          {departments.map((department) => (
            <option key={department.id} value={department.id}>
              {department.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--primary">
          查询
        </button>
        {filtered && (
          <Link className="button" href="/personal/apply">
            清除筛选
          </Link>
        )}
      </Form>
      <CatalogueTable
        items={catalogueItems.nodes}
        emptyText={filtered ? '没有符合条件的事项，请调整事项名称或审批部门。' : '暂无可办理的事项。'}
      />
      <div className="case-list__pager">
        <span className="text-secondary">共 {catalogueItems.totalCount} 项</span>
        {after && (
          <Link className="button" href={`/personal/apply?${query.toString()}`}>
            返回第一页
          </Link>
        )}
        {catalogueItems.pageInfo.hasNextPage && catalogueItems.pageInfo.endCursor && (
          <Link
            className="button"
            href={`/personal/apply?${new URLSearchParams([...query, ['after', catalogueItems.pageInfo.endCursor]]).toString()}`}
          >
            下一页
          </Link>
        )}
      </div>
    </>
  );
}
