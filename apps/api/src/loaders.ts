import DataLoader from 'dataloader';
import type { Db } from './db/prisma.ts';
import type {
  Department,
  Evaluation,
  EvaluationAppeal,
  EvaluationReply,
  ServiceItem,
} from './generated/prisma/client.ts';
import { PRINCIPAL_USER_COLUMNS, type PrincipalUser } from './auth/principal.ts';
import { referenceDataOf } from './catalogue/reference-data.ts';

/**
 * Per-request batching: one query per type however many cases a page shows. Departments and service items
 * come from the process's reference copy (catalogue/reference-data.ts): no query at all once it is loaded.
 */
export function createLoaders(db: Db) {
  const reference = referenceDataOf(db);
  return {
    departmentById: new DataLoader<string, Department | null>((ids) => reference.departments.many(ids)),
    serviceItemById: new DataLoader<string, ServiceItem | null>((ids) => reference.serviceItems.many(ids)),
    userById: byId<PrincipalUser>((ids) =>
      db.user.findMany({ where: { id: { in: ids } }, select: PRINCIPAL_USER_COLUMNS }),
    ),
    evaluationByCaseId: byKey<Evaluation>('caseId', (ids) =>
      db.evaluation.findMany({ where: { caseId: { in: ids } } }),
    ),
    appealByEvaluationId: byKey<EvaluationAppeal>('evaluationId', (ids) =>
      db.evaluationAppeal.findMany({ where: { evaluationId: { in: ids } } }),
    ),
    /** 我的收藏: the ids of the items a user starred (one query per request for a whole catalogue page) */
    favouriteItemIds: new DataLoader<string, Set<string>>(async (userIds) => {
      const rows = await db.favouriteItem.findMany({
        where: { userId: { in: [...userIds] } },
        select: { userId: true, itemId: true },
      });
      return userIds.map((id) => new Set(rows.filter((row) => row.userId === id).map((row) => row.itemId)));
    }),
    notesByEvaluationId: new DataLoader<string, EvaluationReply[]>(async (ids) => {
      const rows = await db.evaluationReply.findMany({
        where: { evaluationId: { in: [...ids] } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return ids.map((id) => rows.filter((row) => row.evaluationId === id));
    }),
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

function byKey<T>(
  key: keyof T & string,
  fetch: (keys: string[]) => Promise<T[]>,
): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const rows = await fetch([...keys]);
    const map = new Map(rows.map((row) => [row[key] as string, row]));
    return keys.map((k) => map.get(k) ?? null);
  });
}
