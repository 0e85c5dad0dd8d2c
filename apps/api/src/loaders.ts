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

/** Per-request batching: one query per type however many cases a page shows. */
export function createLoaders(db: Db) {
  return {
    departmentById: byId<Department>((ids) => db.department.findMany({ where: { id: { in: ids } } })),
    serviceItemById: byId<ServiceItem>((ids) => db.serviceItem.findMany({ where: { id: { in: ids } } })),
    userById: byId<PrincipalUser>((ids) =>
      db.user.findMany({ where: { id: { in: ids } }, select: PRINCIPAL_USER_COLUMNS }),
    ),
    evaluationByCaseId: byKey<Evaluation>('caseId', (ids) =>
      db.evaluation.findMany({ where: { caseId: { in: ids } } }),
    ),
    appealByEvaluationId: byKey<EvaluationAppeal>('evaluationId', (ids) =>
      db.evaluationAppeal.findMany({ where: { evaluationId: { in: ids } } }),
    ),
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
