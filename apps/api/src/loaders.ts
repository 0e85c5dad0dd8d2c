import DataLoader from 'dataloader';
import type { Db } from './db/prisma.ts';
import type { Department, ServiceItem } from './generated/prisma/client.ts';
import { PRINCIPAL_USER_COLUMNS, type PrincipalUser } from './auth/principal.ts';

/** Per-request batching: one query per type however many cases a page shows. */
export function createLoaders(db: Db) {
  return {
    departmentById: byId<Department>((ids) => db.department.findMany({ where: { id: { in: ids } } })),
    serviceItemById: byId<ServiceItem>((ids) => db.serviceItem.findMany({ where: { id: { in: ids } } })),
    userById: byId<PrincipalUser>((ids) =>
      db.user.findMany({ where: { id: { in: ids } }, select: PRINCIPAL_USER_COLUMNS }),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

function byId<T extends { id: string }>(
  fetch: (ids: string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await fetch([...ids]);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}
