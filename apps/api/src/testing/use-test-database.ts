import { afterAll, beforeAll, inject } from 'vitest';
import { createPrisma, type Db } from '../db/prisma.ts';
import { createTestDatabase } from './test-database.ts';

/** A copy of the seeded template for this file's tests, with a client; dropped after them. */
export function useTestDatabase(): { readonly url: string; readonly db: Db } {
  let database: { url: string; drop(): Promise<void> } | undefined;
  let db: Db | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(inject('adminUrl'));
    db = createPrisma(database.url);
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });
  return {
    get url() {
      return database!.url;
    },
    get db() {
      return db!;
    },
  };
}
