import type { Metadata } from 'next';
import { CaseListTable, type CaseColumn } from '@/components/cases/CaseListTable';
import { PageTitle } from '@/components/layout/PageTitle';
import { FilterActions, PagerLinks } from '@/components/layout/ListLinks';
import { graphql } from '@/gql';
import type { PartnerReadsPageQuery } from '@/gql/graphql';
import { appendPaging, firstValue, pageHrefs, parsePaging, type Paging } from '@/lib/cursor-paging';
import { requireStaff } from '@/lib/staff';
import { serverQuery } from '@/lib/urql-server';
import { DateTimeText } from '@/components/layout/DateTimeText';

export const metadata: Metadata = {
  title: '接入系统读取记录',
  description: '接入系统读取记录：互联互通接入系统读取办件申请人信息和评价内容的记录，按接入系统筛选。',
};

const PATH = '/supervisor/partner-reads';
const PAGE_SIZE = 20;

const PartnerReadsQuery = graphql(`
  query PartnerReadsPage($clientId: String, $first: Int!, $after: String) {
    partnerReads(clientId: $clientId, first: $first, after: $after) {
      nodes {
        clientId
        clientName
        subjectType
        subjectId
        businessNumber
        readAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const SUBJECT_LABELS: Record<string, string> = { Case: '办件（申请人信息）', Evaluation: '评价内容' };

type Params = { clientId?: string } & Paging;
type Row = PartnerReadsPageQuery['partnerReads']['nodes'][number] & { id: string };

function readsHref(params: { clientId?: string } & Partial<Paging>): string {
  const query = new URLSearchParams();
  if (params.clientId) query.set('clientId', params.clientId);
  appendPaging(query, { after: params.after, trail: params.trail ?? [] });
  const search = query.toString();
  return search ? `${PATH}?${search}` : PATH;
}
const hrefs = pageHrefs<Params>(readsHref);

const columns: CaseColumn<Row>[] = [
  { key: 'readAt', title: '读取时间', cell: (row) => <DateTimeText value={row.readAt} /> },
  {
    key: 'client',
    title: '接入系统',
    cell: (row) => (
      <>
        <div>{row.clientName}</div>
        <span className="text-secondary">{row.clientId}</span>
      </>
    ),
  },
  { key: 'subject', title: '读取内容', cell: (row) => SUBJECT_LABELS[row.subjectType] ?? row.subjectType },
  { key: 'businessNumber', title: '业务编号', nowrap: true, cell: (row) => row.businessNumber ?? '—' },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 接入系统读取记录: which partner system read which case's or evaluation's personal data, when. */
export default async function PartnerReadsPage({ searchParams }: Props) {
  if (!(await requireStaff('SUPERVISOR', PATH))) return null;
  const raw = await searchParams;
  const clientId = firstValue(raw.clientId)?.trim().slice(0, 63) || undefined;
  const params: Params = { clientId, ...parsePaging(raw) };
  const { partnerReads } = await serverQuery(PartnerReadsQuery, {
    clientId: clientId ?? null,
    first: PAGE_SIZE,
    after: params.after ?? null,
  });
  const rows = partnerReads.nodes.map((node, index) => ({ ...node, id: `${node.readAt}-${index}` }));
  const { pageInfo } = partnerReads;
  const next =
    pageInfo.hasNextPage && pageInfo.endCursor ? hrefs.next(params, pageInfo.endCursor) : undefined;
  const previous = hrefs.previous(params);
  return (
    <>
      <PageTitle>接入系统读取记录</PageTitle>
      <p className="text-secondary">
        接入系统（互联互通）每次读取办件申请人信息或评价内容都会记录，最新的在前。
      </p>
      <form action={PATH} className="case-list__filters" aria-label="筛选读取记录">
        <label className="filter-field">
          <span>client_id</span>
          <input
            type="search"
            name="clientId"
            className="filter-input filter-input--wide"
            maxLength={63}
            defaultValue={clientId}
          />
        </label>
        <FilterActions resetHref={PATH} />
      </form>
      <CaseListTable testId="partner-read-table" columns={columns} rows={rows} emptyText="暂无读取记录" />
      <PagerLinks previous={previous} next={next} />
    </>
  );
}
