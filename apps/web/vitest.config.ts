import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const alias = { '@': path.resolve(import.meta.dirname) };

/** One copy of graphql-js for the API these tests start in-process (see apps/api/vitest.config.ts). */
const singleGraphql = [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }];

/**
 * Runs test files in name order (by project, then path) instead of vitest's default (failed and slow files
 * first). The browser tests share one database per run and some change it, so their order must not depend
 * on the last run: personal-cases (the guide's exact 办结件 table) runs before staff-workbench (which
 * completes one of the citizen's cases).
 */
class NameOrderSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const key = (file: TestSpecification) => `${file.project.name}\u0000${file.moduleId}`;
    return [...files].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: NameOrderSequencer },
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'e2e/**/*.test.ts'],
          exclude: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
        },
      },
      {
        // The browser tests start the real API in this process.
        resolve: {
          alias: [
            ...Object.entries(alias).map(([find, replacement]) => ({ find, replacement })),
            ...singleGraphql,
          ],
        },
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
