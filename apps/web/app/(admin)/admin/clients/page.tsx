import type { Metadata } from 'next';
import { ApiClientManager } from '@/components/admin/ApiClientManager';
import { PageTitle } from '@/components/layout/PageTitle';
import { graphql } from '@/gql';
import { requireStaff } from '@/lib/staff';
import { serverQuery } from '@/lib/urql-server';

export const metadata: Metadata = { title: '接入系统' };

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
      <ApiClientManager clients={data.apiClients.nodes} departments={data.departments} />
    </>
  );
}
