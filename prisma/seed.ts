// `prisma db seed` and `npm run db:seed` entry point: the data itself lives with the API's domain code.
import { createPrisma } from '../apps/api/src/db/prisma.ts';
import { seedDatabase } from '../apps/api/src/db/seed/seed-database.ts';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set (npm run db:seed sets it for the embedded database).');
const db = createPrisma(url);
try {
  await seedDatabase(db);
  console.log('Seeded the development data.');
} finally {
  await db.$disconnect();
}
