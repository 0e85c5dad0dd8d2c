import type { Db } from '../db/prisma.ts';
import type { Department, ServiceItem } from '../generated/prisma/client.ts';
import { readApiEnvVariable } from '../env-schema.ts';

/** How long a process trusts its copy of the departments and service items (`REFERENCE_DATA_TTL_MS`). */
export const REFERENCE_DATA_TTL_MS = readApiEnvVariable('REFERENCE_DATA_TTL_MS');

/**
 * Departments and service items change only by migration, seed or an administrator's SQL, yet every page of
 * cases names them. Each API process keeps a copy of both tables (a few hundred rows in a city) and rereads
 * it after the TTL, so a page of cases costs no look-ups. An id missing from the copy (added since) is read
 * at once; a rename shows within the TTL.
 */
export class ReferenceTable<T extends { id: string }> {
  private rows = new Map<string, T>();
  private loadedAt = -Infinity;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly readAll: () => Promise<T[]>,
    private readonly readSome: (ids: string[]) => Promise<T[]>,
    private readonly ttlMs = REFERENCE_DATA_TTL_MS,
  ) {}

  /**
   * The row at once, without a promise, when the copy is fresh and holds it (a page of cases names 20 items
   * and 20 departments; resolving them synchronously spares GraphQL a promise per field); else undefined.
   */
  peek(id: string): T | undefined {
    return Date.now() - this.loadedAt < this.ttlMs ? this.rows.get(id) : undefined;
  }

  async many(ids: readonly string[]): Promise<(T | null)[]> {
    if (Date.now() - this.loadedAt >= this.ttlMs) await this.reload();
    const missing = ids.filter((id) => !this.rows.has(id));
    if (missing.length) for (const row of await this.readSome(missing)) this.rows.set(row.id, row);
    return ids.map((id) => this.rows.get(id) ?? null);
  }

  /** One reload at a time, whoever asks; a failed reload is retried by the next caller. */
  private reload(): Promise<void> {
    this.loading ??= this.readAll()
      .then((rows) => {
        this.rows = new Map(rows.map((row) => [row.id, row]));
        this.loadedAt = Date.now();
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }
}

export interface ReferenceData {
  departments: ReferenceTable<Department>;
  serviceItems: ReferenceTable<ServiceItem>;
}

const byDb = new WeakMap<Db, ReferenceData>();

/** The process's copy for this database client (one per API process; tests get one per server). */
export function referenceDataOf(db: Db): ReferenceData {
  let data = byDb.get(db);
  if (!data) {
    data = {
      departments: new ReferenceTable(
        () => db.department.findMany(),
        (ids) => db.department.findMany({ where: { id: { in: ids } } }),
      ),
      serviceItems: new ReferenceTable(
        () => db.serviceItem.findMany(),
        (ids) => db.serviceItem.findMany({ where: { id: { in: ids } } }),
      ),
    };
    byDb.set(db, data);
  }
  return data;
}
