import type { Metadata } from 'next';
import Link from 'next/link';
import { CaseListTable, type CaseColumn } from '@/components/cases/CaseListTable';
import { DeliveryRetryButton } from '@/components/admin/DeliveryRetryButton';
import { DELIVERY_STATES, deliveryColumns } from '@/components/admin/delivery-columns';
import { PageTitle } from '@/components/layout/PageTitle';
import { ToneTag } from '@/components/layout/ToneTag';
import { PagerLinks, QueueTabs } from '@/components/layout/ListLinks';
import { graphql } from '@/gql';
import type { WebhookDeliveriesPageQuery, WebhookDeliveryStatus } from '@/gql/graphql';
import { appendPaging, firstValue, pageHrefs, parsePaging, type Paging } from '@/lib/cursor-paging';
import { formatDateTime } from '@/lib/format';
import { requireStaff } from '@/lib/staff';
import { serverQuery } from '@/lib/urql-server';
import { redeliverWebhookAction } from './actions';
import { DateTimeText } from '@/components/layout/DateTimeText';

export const metadata: Metadata = {
  title: '推送记录',
  description: '推送记录：接入系统的回调地址和每次回调推送的状态，失败的可重新推送。',
};

const PATH = '/admin/clients/webhooks';
const PAGE_SIZE = 20;

const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveriesPage(
    $apiClientId: ID
    $statuses: [WebhookDeliveryStatus!]
    $first: Int!
    $after: String
  ) {
    apiClients(first: 100) {
      nodes {
        id
        clientId
        name
        webhookEndpoints {
          id
          url
          eventTypes
          isActive
          createdAt
        }
      }
    }
    webhookDeliveries(apiClientId: $apiClientId, statuses: $statuses, first: $first, after: $after) {
      nodes {
        id
        deliveryId
        endpointUrl
        eventType
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

const STATUS_LABELS: Record<WebhookDeliveryStatus, string> = {
  PENDING: '待推送',
  RETRYING: '重试中',
  FAILED: '推送失败',
  DELIVERED: '已送达',
};

type Params = { client: string; status?: WebhookDeliveryStatus } & Paging;
type Row = WebhookDeliveriesPageQuery['webhookDeliveries']['nodes'][number];

function deliveriesHref(
  params: { client: string; status?: WebhookDeliveryStatus } & Partial<Paging>,
): string {
  const query = new URLSearchParams({ client: params.client });
  if (params.status) query.set('status', params.status);
  appendPaging(query, { after: params.after, trail: params.trail ?? [] });
  return `${PATH}?${query}`;
}
const hrefs = pageHrefs<Params>(deliveriesHref);

const columns: CaseColumn<Row>[] = [
  { key: 'event', title: '事件', nowrap: true, cell: (row) => row.eventType },
  { key: 'deliveryId', title: '推送编号', nowrap: true, cell: (row) => <code>{row.deliveryId}</code> },
  {
    key: 'endpoint',
    title: '回调地址',
    cell: (row) => <code className="delivery-answer">{row.endpointUrl}</code>,
  },
  { key: 'occurredAt', title: '发生时间', cell: (row) => <DateTimeText value={row.occurredAt} /> },
  ...deliveryColumns<Row>(STATUS_LABELS, '送达时间'),
  {
    key: 'actions',
    title: '操作',
    nowrap: true,
    cell: (row) => (
      <DeliveryRetryButton
        kind="webhook"
        id={row.id}
        label={`重新推送 ${row.deliveryId}`}
        retry={redeliverWebhookAction}
      />
    ),
  },
];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 推送记录: one partner client's webhook endpoints and deliveries; any delivery can be sent again. */
export default async function WebhookDeliveriesPage({ searchParams }: Props) {
  if (!(await requireStaff('ADMIN', PATH))) return null;
  const raw = await searchParams;
  const client = firstValue(raw.client) ?? '';
  const status = DELIVERY_STATES.find((value) => value === firstValue(raw.status));
  const params: Params = { client, status, ...parsePaging(raw) };
  const data = await serverQuery(WebhookDeliveriesQuery, {
    apiClientId: client || null,
    statuses: status ? [status] : null,
    first: PAGE_SIZE,
    after: params.after ?? null,
  });
  const apiClient = data.apiClients.nodes.find((node) => node.id === client);
  if (!apiClient) {
    return (
      <>
        <PageTitle>推送记录</PageTitle>
        <p className="data-table__empty">未找到该接入系统</p>
        <Link href="/admin/clients">返回接入系统</Link>
      </>
    );
  }
  const { nodes, pageInfo } = data.webhookDeliveries;
  const next =
    pageInfo.hasNextPage && pageInfo.endCursor ? hrefs.next(params, pageInfo.endCursor) : undefined;
  const previous = hrefs.previous(params);
  return (
    <>
      <PageTitle>推送记录 · {apiClient.name}</PageTitle>
      <p>
        <Link href="/admin/clients">← 接入系统</Link>
      </p>
      <h2 className="section-title">回调地址</h2>
      {apiClient.webhookEndpoints.length === 0 ? (
        <p className="data-table__empty">该系统尚未登记回调地址</p>
      ) : (
        <ul className="webhook-endpoints" data-testid="webhook-endpoints">
          {apiClient.webhookEndpoints.map((endpoint) => (
            <li key={endpoint.id}>
              <code className="delivery-answer">{endpoint.url}</code>{' '}
              {endpoint.isActive ? <ToneTag tone="green">启用</ToneTag> : <ToneTag>已停用</ToneTag>}
              {endpoint.eventTypes.map((type) => (
                <ToneTag key={type}>{type}</ToneTag>
              ))}
              <span>登记于 {formatDateTime(endpoint.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
      <h2 className="section-title">推送</h2>
      <QueueTabs
        label="推送状态"
        tabs={[undefined, ...DELIVERY_STATES].map((value) => ({
          key: value ?? 'ALL',
          href: deliveriesHref({ client, status: value }),
          label: value ? STATUS_LABELS[value] : '全部',
          current: value === status,
        }))}
      />
      <CaseListTable
        testId="webhook-delivery-table"
        columns={columns}
        rows={nodes}
        emptyText="暂无推送记录"
      />
      <PagerLinks previous={previous} next={next} />
    </>
  );
}
