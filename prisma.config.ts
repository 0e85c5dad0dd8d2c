import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// Every Prisma command runs the schema engine from its WebAssembly build (packages/prisma-schema-engine, from
// the npm registry), so no command needs Prisma's binary host: closed networks reach only the registry. Set
// PRISMA_SCHEMA_ENGINE_BINARY yourself to run another engine (e.g. the native binary).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL('./packages/prisma-schema-engine/schema-engine.mjs', import.meta.url),
);

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
