import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * One copy of graphql-js, as under plain Node: Vite would resolve `graphql` in transformed files to its
 * .mjs build while dependencies loaded by Node get the CommonJS one, and graphql refuses to mix them.
 */
const singleGraphql = [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }];

export default defineConfig({
  resolve: { alias: singleGraphql },
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['src/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
