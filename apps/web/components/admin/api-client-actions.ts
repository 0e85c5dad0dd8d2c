'use server';

import { revalidatePath } from 'next/cache';
import { graphql } from '@/gql';
import { formRefusal } from '@/lib/mutation-outcome';
import { serverMutation } from '@/lib/urql-server';

// 接入系统's changes on the server as the signed-in admin (no client-side GraphQL on the page). The API checks
// the role (partner.manageClients), audits each change and answers refusals as `userErrors`.

const CreateApiClientMutation = graphql(`
  mutation CreateApiClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      clientSecret
      apiClient {
        id
        clientId
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RotateApiClientSecretMutation = graphql(`
  mutation RotateApiClientSecret($input: RotateApiClientSecretInput!) {
    rotateApiClientSecret(input: $input) {
      clientSecret
      apiClient {
        id
        clientId
        previousSecretValidUntil
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const DisableApiClientMutation = graphql(`
  mutation DisableApiClient($input: DisableApiClientInput!) {
    disableApiClient(input: $input) {
      revokedTokens
      apiClient {
        id
        isActive
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const PATH = '/admin/clients';
const CLIENT_ID = /^[a-z0-9][a-z0-9-]{2,62}$/;
const FIELDS = ['name', 'clientId', 'departmentId', 'scopes', 'rateLimitPoints'] as const;
type Field = (typeof FIELDS)[number];

/** A secret the API answered once (创建 or 轮换密钥): shown on the page, never stored by the hall. */
export type ShownSecret = { clientId: string; secret: string; previousValidUntil?: string | null };

/** What 新建接入系统 shows after 创建: refusals by field and above the form with what was typed, or the secret. */
export type CreateClientState = {
  fieldErrors: Partial<Record<Field, string>>;
  others: string[];
  values: { name: string; clientId: string; departmentId: string; scopes: string[]; rateLimitPoints: string };
  created?: ShownSecret;
};

/**
 * 创建 (the form's action through useActionState, so it works before hydration): the form's own rules first
 * (nothing is sent while a field is wrong), then the API's, each message beside its field; on success the
 * secret comes back in the answer only, and the list shows the new client.
 */
export async function createApiClientAction(
  _previous: CreateClientState,
  form: FormData,
): Promise<CreateClientState> {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const values = {
    name: text('name'),
    clientId: text('clientId'),
    departmentId: text('departmentId'),
    scopes: form.getAll('scopes').map(String),
    rateLimitPoints: text('rateLimitPoints'),
  };
  const fieldErrors: CreateClientState['fieldErrors'] = {};
  if (!values.name) fieldErrors.name = '请输入系统名称';
  if (!CLIENT_ID.test(values.clientId)) fieldErrors.clientId = '3–63 个小写字母、数字或 “-”';
  if (!values.departmentId) fieldErrors.departmentId = '请选择审批部门';
  if (values.scopes.length === 0) fieldErrors.scopes = '请至少选择一项';
  if (values.rateLimitPoints && !/^\d+$/.test(values.rateLimitPoints)) {
    fieldErrors.rateLimitPoints = '请输入正整数，或留空';
  }
  if (Object.keys(fieldErrors).length > 0) return { fieldErrors, others: [], values };

  const result = await serverMutation(CreateApiClientMutation, {
    input: {
      ...values,
      rateLimitPoints: values.rateLimitPoints ? Number(values.rateLimitPoints) : null,
    },
  });
  const payload = result.createApiClient;
  if (payload.userErrors.length > 0 || !payload.apiClient || !payload.clientSecret) {
    return { ...formRefusal(payload.userErrors, FIELDS), values };
  }
  revalidatePath(PATH);
  return {
    fieldErrors: {},
    others: [],
    values: { name: '', clientId: '', departmentId: '', scopes: [], rateLimitPoints: '' },
    created: { clientId: payload.apiClient.clientId, secret: payload.clientSecret },
  };
}

/** 轮换密钥: a new secret; the current one stays valid for `overlapMinutes` beside it. */
export async function rotateApiClientSecretAction(apiClientId: string, overlapMinutes: number) {
  const result = await serverMutation(RotateApiClientSecretMutation, {
    input: { apiClientId, overlapMinutes },
  });
  return { data: result.rotateApiClientSecret };
}

/** 停用: the client's tokens stop at once and it gets no new ones. */
export async function disableApiClientAction(apiClientId: string) {
  const result = await serverMutation(DisableApiClientMutation, { input: { apiClientId } });
  return { data: result.disableApiClient };
}
