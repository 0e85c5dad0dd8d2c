import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import base from '../vitest.config.ts';

/**
 * The API's vitest configuration for one module's mutation run (run.ts sets the variables): only that module's
 * tests (MUTATION_TESTS, comma-separated paths under apps/api/src), and the database's global setup only when
 * they need it (MUTATION_DATABASE=1). Rooted at apps/api whatever directory Stryker runs in.
 *
 * The test list is given here and not with Stryker's `testFiles` option: with `testFiles`, StrykerJS 10.1 runs
 * static mutants (module-level constants such as a regular expression) without activating them, so they all
 * "survive".
 */
const tests = (process.env.MUTATION_TESTS ?? '').split(',').filter(Boolean);
if (tests.length === 0)
  throw new Error('MUTATION_TESTS is empty: run mutation testing with npm run test:mutation');

export default defineConfig({
  ...base,
  root: resolve(import.meta.dirname, '..'),
  test: {
    ...base.test,
    include: tests.map((path) => `src/${path}`),
    globalSetup: process.env.MUTATION_DATABASE === '1' ? base.test?.globalSetup : [],
  },
});
