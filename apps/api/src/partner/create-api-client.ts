import { randomBytes } from 'node:crypto';
import type { Db } from '../db/prisma.ts';
import type { ApiClient } from '../generated/prisma/client.ts';
import type { UserErrorCode } from '../generated/graphql.ts';
import { hashPassword } from '../auth/password.ts';
import { KNOWN_SCOPES } from './partner-policy.ts';

export type CreateApiClientResult =
  | { ok: true; client: ApiClient; secret: string }
  | { ok: false; message: string; code: UserErrorCode; field: 'clientId' | 'scopes' | 'departmentId' };

/** A new client secret: 32 random bytes, base64url. */
export const newClientSecret = () => randomBytes(32).toString('base64url');

/** Registers a partner system bound to one department. The secret is returned once and stored only hashed. */
export async function createApiClient(
  db: Db,
  input: {
    clientId: string;
    name: string;
    departmentCode: string;
    scopes: string[];
    rateLimitPoints?: number | null;
  },
): Promise<CreateApiClientResult> {
  if (!/^[a-z0-9][a-z0-9-]{2,62}$/.test(input.clientId)) {
    return {
      ok: false,
      code: 'INVALID',
      field: 'clientId',
      message: 'client_id 为 3–63 个小写字母、数字或 “-”。',
    };
  }
  const unknown = input.scopes.filter((scope) => !(KNOWN_SCOPES as readonly string[]).includes(scope));
  if (unknown.length || input.scopes.length === 0) {
    return {
      ok: false,
      code: 'INVALID',
      field: 'scopes',
      message: `权限范围至少一项，且只能是：${KNOWN_SCOPES.join('、')}。`,
    };
  }
  const department = await db.department.findUnique({ where: { code: input.departmentCode } });
  if (!department) {
    return {
      ok: false,
      code: 'NOT_FOUND',
      field: 'departmentId',
      message: `未找到编码为 ${input.departmentCode} 的部门。`,
    };
  }
  if (await db.apiClient.findUnique({ where: { clientId: input.clientId } })) {
    return {
      ok: false,
      code: 'TAKEN',
      field: 'clientId',
      message: `client_id ${input.clientId} 已被其他接入系统使用。`,
    };
  }
  const secret = newClientSecret();
  const client = await db.apiClient.create({
    data: {
      clientId: input.clientId,
      name: input.name,
      secretHash: await hashPassword(secret),
      departmentId: department.id,
      scopes: [...new Set(input.scopes)],
      rateLimitPoints: input.rateLimitPoints ?? null,
    },
  });
  return { ok: true, client, secret };
}
