import DataLoader from 'dataloader';
import type { Context } from '../context.ts';
import type { Db } from '../db/prisma.ts';
import type { CaseEvent, CaseMaterial } from '../generated/prisma/client.ts';

/**
 * A case's timeline and materials, read once per request for every field that needs them (the timeline, the
 * materials, the 补正 view, the department's actions), and batched across cases.
 */
export function caseLoadersOf(ctx: Pick<Context, 'db'>): CaseLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = createCaseLoaders(ctx.db)));
  return loaders;
}

type CaseLoaders = ReturnType<typeof createCaseLoaders>;
const perRequest = new WeakMap<object, CaseLoaders>();

function createCaseLoaders(db: Db) {
  return {
    /** oldest first */
    events: new DataLoader<string, CaseEvent[]>(async (caseIds) => {
      const rows = await db.caseEvent.findMany({
        where: { caseId: { in: [...caseIds] } },
        orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
      });
      return caseIds.map((id) => rows.filter((row) => row.caseId === id));
    }),
    /** oldest first */
    materials: new DataLoader<string, CaseMaterial[]>(async (caseIds) => {
      const rows = await db.caseMaterial.findMany({
        where: { caseId: { in: [...caseIds] } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      });
      return caseIds.map((id) => rows.filter((row) => row.caseId === id));
    }),
    /** a partner system's name, for the timeline steps it made */
    clientName: new DataLoader<string, string | null>(async (ids) => {
      const rows = await db.apiClient.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, name: true },
      });
      return ids.map((id) => rows.find((row) => row.id === id)?.name ?? null);
    }),
  };
}
