import type { Metadata } from 'next';
import { ApiClientManager } from '@/components/admin/ApiClientManager';
import { Providers } from '@/components/Providers';
import { PageTitle } from '@/components/layout/PageTitle';
import { graphql } from '@/gql';
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

/** 接入系统 (互联互通): the partner systems, their secrets and their use of the API this hour. */
export default async function ApiClientsPage() {
  if (!(await requireStaff('ADMIN', '/admin/clients'))) return null;
  const data = await serverQuery(ApiClientsQuery, {});
  return (
    <>
      <PageTitle>接入系统</PageTitle>
      {/* Ant Design and client-side GraphQL for the manager's forms and dialogs only (README, "Speed"). */}
      <Providers>
        <ApiClientManager clients={data.apiClients.nodes} departments={data.departments} />
      </Providers>
    </>
  );
}
