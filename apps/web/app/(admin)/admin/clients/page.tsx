import type { Metadata } from 'next';
import Link from 'next/link';
import { ApiClientRowActions, ApiClientSecrets } from '@/components/admin/ApiClientActions';
import { CreateApiClientForm } from '@/components/admin/CreateApiClientForm';
import type { CaseColumn } from '@/components/cases/CaseListTable';
import { NameText } from '@/components/layout/NameText';
import { PageTitle } from '@/components/layout/PageTitle';
import { ScrollTable } from '@/components/layout/ScrollTable';
import { ToneTag } from '@/components/layout/ToneTag';
import { graphql } from '@/gql';
import type { ApiClientsPageQuery } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { requireStaff } from '@/lib/staff';
import { serverQuery } from '@/lib/urql-server';

export const metadata: Metadata = {
  title: '接入系统',
  description: '接入系统：互联互通接入系统的登记、权限范围、调用额度和密钥管理。',
};

const ApiClientsQuery = graphql(`
  query ApiClientsPage {
    apiClients(first: 100) {
      nodes {
        id
        clientId
        name
        department {
          name
        }
        scopes
        isActive
        createdAt
        lastUsedAt
        secretRotatedAt
        previousSecretValidUntil
        disabledAt
        webhookEndpoints {
          id
          isActive
        }
        usage {
          calls
          pointsUsed
          pointsLimit
          resetAt
        }
      }
    }
    departments {
      id
      name
    }
  }
`);

type Row = ApiClientsPageQuery['apiClients']['nodes'][number];

const COLUMNS: CaseColumn<Row>[] = [
  {
    key: 'system',
    title: '系统',
    cell: (c) => (
      <>
        <div>{c.name}</div>
        <div className="identifier-text text-secondary">{c.clientId}</div>
      </>
    ),
  },
  { key: 'department', title: '审批部门', cell: (c) => <NameText text={c.department.name} /> },
  {
    key: 'scopes',
    title: '权限范围',
    cell: (c) => (
      <span className="tag-list">
        {c.scopes.map((scope) => (
          <ToneTag key={scope}>{scope}</ToneTag>
        ))}
      </span>
    ),
  },
  {
    key: 'status',
    title: '状态',
    nowrap: true,
    cell: (c) => (c.isActive ? <ToneTag tone="green">启用</ToneTag> : <ToneTag>已停用</ToneTag>),
  },
  {
    key: 'usage',
    title: '本小时调用 / 额度',
    cell: (c) => `${c.usage.calls} 次 · ${c.usage.pointsUsed} / ${c.usage.pointsLimit} 点`,
  },
  {
    key: 'secret',
    title: '密钥',
    cell: (c) =>
      c.previousSecretValidUntil
        ? `已轮换，原密钥至 ${formatDateTime(c.previousSecretValidUntil)}`
        : c.secretRotatedAt
          ? `轮换于 ${formatDateTime(c.secretRotatedAt)}`
          : '未轮换',
  },
  {
    key: 'webhooks',
    title: '回调（Webhook）',
    cell: (c) => {
      const active = c.webhookEndpoints.filter((endpoint) => endpoint.isActive).length;
      return (
        <Link
          href={`/admin/clients/webhooks?client=${encodeURIComponent(c.id)}`}
          aria-label={`${active} 个地址 · 推送记录 ${c.clientId}`}
        >
          {active} 个地址 · 推送记录
        </Link>
      );
    },
  },
  {
    key: 'actions',
    title: '操作',
    cell: (c) => (c.isActive ? <ApiClientRowActions id={c.id} clientId={c.clientId} name={c.name} /> : null),
  },
];

/**
 * 接入系统 (互联互通): the partner systems, their secrets and their use of the API this hour. Server-rendered;
 * 创建 is a server-action form, 轮换密钥 and 停用 small buttons through server actions (no Ant Design).
 */
export default async function ApiClientsPage() {
  if (!(await requireStaff('ADMIN', '/admin/clients'))) return null;
  const data = await serverQuery(ApiClientsQuery, {});
  return (
    <>
      <PageTitle>接入系统</PageTitle>
      <ApiClientSecrets>
        <div className="section">
          <ScrollTable
            testId="api-client-table"
            label="接入系统列表"
            minWidth={720}
            columns={COLUMNS}
            rows={data.apiClients.nodes}
            emptyText="暂无接入系统。"
          />
        </div>
      </ApiClientSecrets>
      <section className="section" aria-labelledby="create-client-title">
        <h2 id="create-client-title" className="section__title">
          新建接入系统
        </h2>
        <CreateApiClientForm departments={data.departments} />
      </section>
    </>
  );
}
