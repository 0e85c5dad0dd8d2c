import type { Metadata } from 'next';
import { CaseListTable, type CaseColumn } from '@/components/cases/CaseListTable';
import { DeliveryRetryButton } from '@/components/admin/DeliveryRetryButton';
import { DELIVERY_STATES, deliveryColumns } from '@/components/admin/delivery-columns';
import { NameText } from '@/components/layout/NameText';
import { PageTitle } from '@/components/layout/PageTitle';
import { FilterActions, PagerLinks, QueueTabs } from '@/components/layout/ListLinks';
import { graphql } from '@/gql';
import type { NationalReportStatus, NationalReportsPageQuery } from '@/gql/graphql';
import { appendPaging, firstValue, pageHrefs, parsePaging, type Paging } from '@/lib/cursor-paging';
import { requireStaff } from '@/lib/staff';
import { serverQuery } from '@/lib/urql-server';
import { retryNationalReportAction } from './actions';
import { DateTimeText } from '@/components/layout/DateTimeText';

export const metadata: Metadata = {
  title: '国家平台上报',
  description: '国家平台上报：评价、回复、追评和申诉复核结果上报国家“好差评”系统的记录，失败的可重新上报。',
};

const PATH = '/admin/national-reports';
const PAGE_SIZE = 20;

const NationalReportsQuery = graphql(`
  query NationalReportsPage(
    $statuses: [NationalReportStatus!]
    $eventType: String
    $businessNumber: String
    $first: Int!
    $after: String
  ) {
    nationalReports(
      statuses: $statuses
      eventType: $eventType
      businessNumber: $businessNumber
      first: $first
      after: $after
    ) {
      nodes {
        id
        eventType
        businessNumber
        departmentName
        occurredAt
        status
        attempts
        nextAttemptAt
        deliveredAt
        lastAnswer
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The four states in this page's words (待上报 … 已上报). */
const STATUS_LABELS: Record<NationalReportStatus, string> = {
  PENDING: '待上报',
  RETRYING: '重试中',
  FAILED: '上报失败',
  DELIVERED: '已上报',
};
const STATUSES = DELIVERY_STATES;
const EVENT_LABELS: Record<string, string> = {
  'evaluation.submitted': '评价提交',
  'evaluation.default_given': '系统默认评价',
  'evaluation.replied': '差评回复 / 回访 / 整改',
  'evaluation.followed_up': '追评',
  'evaluation.appeal_decided': '申诉复核结果',
};

type Filters = { status?: NationalReportStatus; eventType?: string; businessNumber?: string };
type Params = Filters & Paging;
type Row = NationalReportsPageQuery['nationalReports']['nodes'][number];

function reportsHref(params: Filters & Partial<Paging>): string {
  const query = new URLSearchParams();
  if (params.status) query.set('status', params.status);
  if (params.eventType) query.set('eventType', params.eventType);
  if (params.businessNumber) query.set('businessNumber', params.businessNumber);
  appendPaging(query, { after: params.after, trail: params.trail ?? [] });
  const search = query.toString();
  return search ? `${PATH}?${search}` : PATH;
}
const hrefs = pageHrefs<Params>(reportsHref);

const columns: CaseColumn<Row>[] = [
  { key: 'businessNumber', title: '业务编号', nowrap: true, cell: (row) => row.businessNumber ?? '—' },
  { key: 'event', title: '事件', cell: (row) => EVENT_LABELS[row.eventType] ?? row.eventType },
  {
    key: 'department',
    title: '审批部门',
    cell: (row) => (row.departmentName ? <NameText text={row.departmentName} /> : '—'),
  },
  { key: 'occurredAt', title: '发生时间', cell: (row) => <DateTimeText value={row.occurredAt} /> },
  ...deliveryColumns<Row>(STATUS_LABELS, '上报时间'),
  {
    key: 'actions',
    title: '操作',
    nowrap: true,
    cell: (row) =>
      row.status === 'FAILED' || row.status === 'RETRYING' ? (
        <DeliveryRetryButton
          kind="national"
          id={row.id}
          label={`重新上报 ${row.businessNumber ?? ''}`.trim()}
          retry={retryNationalReportAction}
        />
      ) : (
        '—'
      ),
  },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 国家平台上报: every 好差评 event on its way to the national system; a failed one is sent again here. */
export default async function NationalReportsPage({ searchParams }: Props) {
  if (!(await requireStaff('ADMIN', PATH))) return null;
  const raw = await searchParams;
  const status = STATUSES.find((value) => value === firstValue(raw.status));
  const eventType = Object.keys(EVENT_LABELS).find((value) => value === firstValue(raw.eventType));
  const businessNumber = firstValue(raw.businessNumber)?.trim().slice(0, 64) || undefined;
  const params: Params = { status, eventType, businessNumber, ...parsePaging(raw) };
  const { nationalReports: reports } = await serverQuery(NationalReportsQuery, {
    statuses: status ? [status] : null,
    eventType: eventType ?? null,
    businessNumber: businessNumber ?? null,
    first: PAGE_SIZE,
    after: params.after ?? null,
  });
  const next =
    reports.pageInfo.hasNextPage && reports.pageInfo.endCursor
      ? hrefs.next(params, reports.pageInfo.endCursor)
      : undefined;
  const previous = hrefs.previous(params);

  return (
    <>
      <PageTitle>国家平台上报</PageTitle>
      <p className="text-secondary">
        每条评价、系统默认评价、回复、追评和申诉复核结果都按办件顺序上报国家“好差评”系统；失败的自动按退避重试（5
        秒起倍增，最长 1 小时，共 25 次）。
      </p>
      <QueueTabs
        label="上报状态"
        tabs={[undefined, ...STATUSES].map((value) => ({
          key: value ?? 'ALL',
          href: reportsHref({ status: value, eventType, businessNumber }),
          label: value ? STATUS_LABELS[value] : '全部',
          current: value === status,
        }))}
      />
      <form action={PATH} className="case-list__filters" aria-label="筛选上报记录">
        {status && <input type="hidden" name="status" value={status} />}
        <label className="filter-field">
          <span>事件</span>
          <select name="eventType" className="select-input" defaultValue={eventType ?? ''}>
            <option value="">全部事件</option>
            {Object.entries(EVENT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="filter-field">
          <span>业务编号</span>
          <input
            type="search"
            name="businessNumber"
            className="filter-input filter-input--wide"
            maxLength={64}
            defaultValue={businessNumber}
          />
        </label>
        <FilterActions resetHref={PATH} />
      </form>
      <CaseListTable
        testId="national-report-table"
        columns={columns}
        rows={reports.nodes}
        emptyText="暂无上报记录"
      />
      <PagerLinks previous={previous} next={next} />
    </>
  );
}
