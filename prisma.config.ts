import { defineConfig } from 'prisma/config';

// DATABASE_URL is optional here so `prisma generate` works without a database;
// commands that need one (migrate, seed) get it from scripts/db.ts or the environment.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx prisma/seed.ts',
  },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/service_hall',
  },
});
