import DataLoader from 'dataloader';
import type { Context } from '../context.ts';
import type { Db } from '../db/prisma.ts';
import type { LicenseAccessLog, LicenseAdministrator, LicenseGrant } from '../generated/prisma/client.ts';

/**
 * 我的证照 shows each license with its administrators, its newest grants and access-log entries and both totals.
 * Batched per request: the page runs the same statements for one license as for many.
 */
export function licenseLoadersOf(ctx: Pick<Context, 'db'>): LicenseLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = createLicenseLoaders(ctx.db)));
  return loaders;
}

type LicenseLoaders = ReturnType<typeof createLicenseLoaders>;
const perRequest = new WeakMap<object, LicenseLoaders>();

function createLicenseLoaders(db: Db) {
  return {
    administrators: new DataLoader<string, LicenseAdministrator[]>(async (ids) => {
      const rows = await db.licenseAdministrator.findMany({
        where: { licenseId: { in: [...ids] } },
        orderBy: [{ appointedAt: 'asc' }, { id: 'asc' }],
      });
      return ids.map((id) => rows.filter((row) => row.licenseId === id));
    }),
    grantCount: countsByLicense(async (ids) =>
      (
        await db.licenseGrant.groupBy({ by: ['licenseId'], where: { licenseId: { in: ids } }, _count: true })
      ).map((row) => [row.licenseId, row._count]),
    ),
    accessCount: countsByLicense(async (ids) =>
      (
        await db.licenseAccessLog.groupBy({
          by: ['licenseId'],
          where: { licenseId: { in: ids } },
          _count: true,
        })
      ).map((row) => [row.licenseId!, row._count]),
    ),
    /** the newest grants of each license, newest first; key: newestKey(licenseId, take) */
    newestGrants: newestByLicense<LicenseGrant>(
      (ids, take) => db.$queryRaw<LicenseGrant[]>`
        SELECT id, license_id AS "licenseId", created_by_id AS "createdById", code_hash AS "codeHash",
               expires_at AS "expiresAt", revoked_at AS "revokedAt", used_at AS "usedAt", used_by_id AS "usedById",
               used_for_case_id AS "usedForCaseId", created_at AS "createdAt"
          FROM (SELECT g.*, row_number() OVER (PARTITION BY g.license_id ORDER BY g.created_at DESC, g.id DESC) AS n
                  FROM license_grants g WHERE g.license_id = ANY(${ids}::uuid[])) newest
         WHERE n <= ${take}
         ORDER BY created_at DESC, id DESC`,
    ),
    /** the newest access-log entries of each license, newest first; key: newestKey(licenseId, take) */
    newestAccesses: newestByLicense<LicenseAccessLog>(
      (ids, take) => db.$queryRaw<LicenseAccessLog[]>`
        SELECT id, license_id AS "licenseId", grant_id AS "grantId", user_id AS "userId",
               api_client_id AS "apiClientId", case_id AS "caseId", purpose, outcome::text AS outcome,
               occurred_at AS "occurredAt"
          FROM (SELECT a.*, row_number() OVER (PARTITION BY a.license_id ORDER BY a.occurred_at DESC, a.id DESC) AS n
                  FROM license_access_logs a WHERE a.license_id = ANY(${ids}::uuid[])) newest
         WHERE n <= ${take}
         ORDER BY occurred_at DESC, id DESC`,
    ),
  };
}

export const newestKey = (licenseId: string, take: number) => `${take}:${licenseId}`;

function countsByLicense(count: (ids: string[]) => Promise<[string, number][]>) {
  return new DataLoader<string, number>(async (ids) => {
    const counts = new Map(await count([...ids]));
    return ids.map((id) => counts.get(id) ?? 0);
  });
}

/** Keys of one take are read in one statement; a request asks with one take per list, so one statement each. */
function newestByLicense<T extends { licenseId: string | null }>(
  fetch: (ids: string[], take: number) => Promise<T[]>,
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const byTake = new Map<number, string[]>();
    for (const key of keys) {
      const [take, id] = key.split(':') as [string, string];
      byTake.set(Number(take), [...(byTake.get(Number(take)) ?? []), id]);
    }
    const rows = new Map<string, T[]>();
    for (const [take, ids] of byTake)
      for (const row of await fetch(ids, take)) {
        const key = newestKey(row.licenseId!, take);
        rows.set(key, [...(rows.get(key) ?? []), row]);
      }
    return keys.map((key) => rows.get(key) ?? []);
  });
}
