import type { Metadata } from 'next';
import Link from 'next/link';
import { CaseListTable, type CaseColumn } from '@/components/cases/CaseListTable';
import { ListPager } from '@/components/evaluations/ListPager';
import { NameText } from '@/components/layout/NameText';
import { PageTitle } from '@/components/layout/PageTitle';
import { graphql } from '@/gql';
import type { MyFilesPageQuery } from '@/gql/graphql';
import { pagingLinks, parsePaging, type SearchParams } from '@/lib/cursor-paging';
import { formatBytes } from '@/lib/decimal-text';
import { TRUST_LEVEL_LABELS } from '@/lib/labels';
import { serverQuery } from '@/lib/urql-server';
import { DateTimeText } from '@/components/layout/DateTimeText';

export const metadata: Metadata = { title: '我的文件' };

const PAGE_SIZE = 20;

const MyFilesQuery = graphql(`
  query MyFilesPage($first: Int!, $after: String) {
    me {
      id
      files(first: $first, after: $after) {
        nodes {
          id
          name
          fileName
          trustLevel
          sizeBytes
          createdAt
          downloadUrl
          licenseSnapshot {
            identifier
          }
          case {
            id
            status
            businessNumber
            item {
              name
            }
          }
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

type Row = NonNullable<MyFilesPageQuery['me']>['files']['nodes'][number];

const columns: CaseColumn<Row>[] = [
  {
    key: 'file',
    title: '文件',
    cell: (row) => (
      <>
        <NameText text={row.fileName ?? row.name} />
        <div className="text-secondary">{row.name}</div>
      </>
    ),
  },
  {
    key: 'case',
    title: '办件',
    cell: (row) =>
      row.case ? (
        <Link href={`/personal/cases/${encodeURIComponent(row.case.id)}`}>
          <NameText text={row.case.item.name} />
          {row.case.status === 'DRAFT' ? '（暂存件）' : `（${row.case.businessNumber}）`}
        </Link>
      ) : (
        '—'
      ),
  },
  {
    key: 'trustLevel',
    title: '可信等级',
    cell: (row) =>
      row.licenseSnapshot ? '证照库（A级）' : (TRUST_LEVEL_LABELS[row.trustLevel] ?? row.trustLevel),
  },
  { key: 'size', title: '大小', nowrap: true, cell: (row) => formatBytes(row.sizeBytes) || '—' },
  { key: 'createdAt', title: '上传时间', cell: (row) => <DateTimeText value={row.createdAt} /> },
  {
    key: 'actions',
    title: '操作',
    nowrap: true,
    cell: (row) =>
      row.downloadUrl ? (
        <span className="case-row-actions">
          <a href={row.downloadUrl} target="_blank" rel="noreferrer">
            查看
          </a>
          <a href={`${row.downloadUrl}?download=1`} download>
            下载
          </a>
        </span>
      ) : (
        '—'
      ),
  },
];

/** 我的文件: every file the user uploaded or fetched across their cases, newest first, each opening as its case allows. */
export default async function MyFilesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const paging = parsePaging(await searchParams);
  const { me } = await serverQuery(MyFilesQuery, { first: PAGE_SIZE, after: paging.after ?? null });
  if (!me) return null; // the layout has already redirected
  const { files } = me;
  const links = pagingLinks('/personal/files', paging, files.pageInfo);
  return (
    <>
      <PageTitle>我的文件</PageTitle>
      <p className="text-secondary">
        办件中上传或从证照库获取的全部材料。企业证照及其验证码见
        <Link href="/personal/files/licenses">我的证照</Link>。
      </p>
      <CaseListTable
        testId="my-files"
        label="我的文件"
        columns={columns}
        rows={files.nodes}
        emptyText="暂无文件。"
      />
      <ListPager
        totalCount={files.totalCount}
        unit="个"
        previousHref={links.previous}
        nextHref={links.next}
      />
    </>
  );
}
