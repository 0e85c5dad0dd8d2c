import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { licenseId, session, WANG_GANG } from './license-testing.ts';

// 我的证照 reads every license's grants and access log in one batch (license-loaders.ts): each license must
// still get exactly its own rows, newest first, with its own total, and the next page must follow on.
const MY_LICENSES = `query($first: Int!, $after: String) { myLicenses { id
  grants(first: $first, after: $after) { nodes { id } totalCount pageInfo { hasNextPage endCursor } }
  accessLog(first: $first, after: $after) { nodes { id } totalCount pageInfo { hasNextPage endCursor } } } }`;

type Page = {
  nodes: { id: string }[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string };
};
type Answer = { myLicenses: { id: string; grants: Page; accessLog: Page }[] };

describe('我的证照 batched per request', () => {
  let api: TestApi;
  let wang: { sessionToken: string };
  const licenses: { id: string; globalId: string; grants: number; accesses: number }[] = [];

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    wang = await session(api, WANG_GANG);
    const user = await api.db.user.findFirstOrThrow({ where: { name: '王刚' } });
    // Both of 王刚's licenses, with different numbers of rows, interleaved in time.
    for (const [name, grants, accesses] of [
      ['天津津南外资科技有限公司', 3, 4],
      ['天津津南咸水沽商贸有限公司', 2, 1],
    ] as const) {
      const license = await licenseId(api, name);
      licenses.push({ ...license, grants, accesses });
    }
    const start = Date.parse('2026-06-01T00:00:00Z');
    for (let i = 0; i < 4; i++)
      for (const [n, license] of licenses.entries()) {
        const at = new Date(start + (i * 2 + n) * 60_000);
        if (i < license.grants)
          await api.db.licenseGrant.create({
            data: {
              licenseId: license.id,
              createdById: user.id,
              codeHash: randomBytes(32).toString('hex'),
              expiresAt: new Date(at.getTime() + 3_600_000),
              createdAt: at,
            },
          });
        if (i < license.accesses)
          await api.db.licenseAccessLog.create({
            data: {
              licenseId: license.id,
              userId: user.id,
              purpose: 'test',
              outcome: 'GRANTED',
              occurredAt: at,
            },
          });
      }
  });
  afterAll(() => api?.close());

  it('gives each license its own newest rows and totals, and pages on from its cursor', async () => {
    const first = await api.graphql<Answer>(MY_LICENSES, { first: 2 }, wang);
    expect(first.errors).toBeUndefined();
    for (const license of licenses) {
      const shown = first.data!.myLicenses.find((row) => row.id === license.globalId)!;
      const grants = await api.db.licenseGrant.findMany({
        where: { licenseId: license.id },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      });
      const accesses = await api.db.licenseAccessLog.findMany({
        where: { licenseId: license.id },
        orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
      });
      expect(grants.length).toBeGreaterThanOrEqual(license.grants);
      expect(shown.grants.totalCount).toBe(grants.length);
      expect(shown.grants.nodes.map((node) => node.id)).toEqual(
        grants.slice(0, 2).map((grant) => toGlobalId('LicenseGrant', grant.id)),
      );
      expect(shown.grants.pageInfo.hasNextPage).toBe(grants.length > 2);
      expect(shown.accessLog.totalCount).toBe(accesses.length);
      expect(shown.accessLog.nodes.map((node) => node.id)).toEqual(
        accesses.slice(0, 2).map((access) => toGlobalId('LicenseAccess', access.id)),
      );

      // The next page (unbatched, by cursor) starts right after the batched first page.
      const next = await api.graphql<Answer>(
        MY_LICENSES,
        { first: 2, after: shown.grants.pageInfo.endCursor },
        wang,
      );
      const nextGrants = next.data!.myLicenses.find((row) => row.id === license.globalId)!.grants;
      expect(nextGrants.nodes.map((node) => node.id)).toEqual(
        grants.slice(2, 4).map((grant) => toGlobalId('LicenseGrant', grant.id)),
      );
    }
  });
});
