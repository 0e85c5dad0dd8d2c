import { createPrisma } from './prisma.ts';
import { migrateDeploy, resolveDatabase, type ResolvedDatabase } from './database.ts';
import { seedDatabase } from './seed/seed-database.ts';

/** Resolves the database (embedded when DATABASE_URL is unset), applies migrations, and optionally seeds. */
export async function prepareDatabase(options: { seed: boolean }): Promise<ResolvedDatabase> {
  const database = await resolveDatabase();
  migrateDeploy(database.url);
  if (options.seed) {
    const db = createPrisma(database.url);
    try {
      await seedDatabase(db);
    } finally {
      await db.$disconnect();
    }
  }
  return database;
}
