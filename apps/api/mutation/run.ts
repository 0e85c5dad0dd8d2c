// npm run test:mutation [-- [--unit | --database] [--concurrency N] [--force] [--quiet] [module …]]
//
// Mutation testing of the rule modules (modules.ts) with StrykerJS and its vitest runner: one Stryker run per
// module, against that module's own tests, in incremental mode (reports/mutation/incremental/<module>.json:
// a rerun only tests the mutants whose code or tests changed; --force retests everything). Prints the
// per-file table at the end and exits 1 when a module scores under the threshold.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Stryker } from '@stryker-mutator/core';
import type { LogLevel, MutantResult, PartialStrykerOptions } from '@stryker-mutator/api/core';
import { repoRoot } from '../src/db/database.ts';
import { startEmbeddedPostgres, type EmbeddedServer } from '../src/db/embedded-postgres.ts';
import { MUTATION_MODULES, type MutationModule } from './modules.ts';

export const THRESHOLD = 90;
const REPORTS = 'reports/mutation';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    unit: { type: 'boolean', default: false },
    database: { type: 'boolean', default: false },
    concurrency: { type: 'string' },
    force: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

const unknown = positionals.filter((name) => !MUTATION_MODULES.some((module) => module.name === name));
if (unknown.length > 0) {
  console.error(
    `Unknown module(s): ${unknown.join(', ')}. Known: ${MUTATION_MODULES.map((m) => m.name).join(', ')}`,
  );
  process.exit(2);
}
// Named modules run in the order named; otherwise in modules.ts's order.
const named = (module: MutationModule) => positionals.indexOf(module.name);
const selected = MUTATION_MODULES.filter(
  (module) =>
    (positionals.length === 0 || named(module) >= 0) &&
    (!values.unit || !module.database) &&
    (!values.database || module.database),
).sort((a, b) => named(a) - named(b));

// Stryker copies the repository into .stryker-tmp/sandbox-*; run from the root so that paths computed from
// a file's location (the repository root for `prisma migrate deploy`) resolve inside the sandbox as well.
process.chdir(repoRoot);
// Stryker's sandbox copies drop the executable bit, so `prisma migrate deploy` in a worker could not start
// the sandbox's copy of the schema engine (EACCES): point Prisma at the repository's own (prisma.config.ts
// keeps a value already set).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= resolve(
  repoRoot,
  'packages/prisma-schema-engine/schema-engine.mjs',
);
const src = (path: string) => `apps/api/src/${path}`;

function optionsFor(module: MutationModule): PartialStrykerOptions {
  // Database modules run one mutant at a time: every vitest instance prepares the shared test template.
  const concurrency = Number(values.concurrency ?? (module.database ? 1 : 2));
  return {
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    // forks, as `npm test` runs them: tests that switch process.env.TZ need a process of their own.
    vitest: { configFile: 'apps/api/mutation/vitest.config.ts', related: false, pool: 'forks' },
    mutate: [src(module.file)],
    coverageAnalysis: 'perTest',
    concurrency: module.database ? 1 : concurrency,
    incremental: true,
    incrementalFile: `${REPORTS}/incremental/${module.name}.json`,
    force: values.force,
    reporters: values.quiet ? ['json'] : ['clear-text', 'json'],
    jsonReporter: { fileName: `${REPORTS}/${module.name}.json` },
    clearTextReporter: { reportScoreTable: false, reportTests: false, reportMutants: true, logTests: false },
    ignorePatterns: ['/.data', '/.turbo', '/reports', '/test-results', '/apps/web/.next', '/apps/web/e2e'],
    tempDirName: '.stryker-tmp',
    cleanTempDir: true,
    logLevel: 'warn' as LogLevel,
    fileLogLevel: 'off' as LogLevel,
    timeoutMS: 10_000,
    dryRunTimeoutMinutes: 10,
    thresholds: { high: THRESHOLD, low: THRESHOLD, break: null },
  };
}

interface Row {
  file: string;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  errors: number;
  ignored: number;
  score: number;
  /** the run itself failed (no mutant was tested) */
  failed?: boolean;
}

function tally(module: MutationModule, results: MutantResult[]): Row {
  const count = (...statuses: MutantResult['status'][]) =>
    results.filter((result) => statuses.includes(result.status)).length;
  const killed = count('Killed');
  const timeout = count('Timeout');
  const survived = count('Survived');
  const noCoverage = count('NoCoverage');
  const detected = killed + timeout;
  const valid = detected + survived + noCoverage;
  return {
    file: module.file,
    killed,
    timeout,
    survived,
    noCoverage,
    errors: count('CompileError', 'RuntimeError'),
    ignored: count('Ignored'),
    score: valid === 0 ? 100 : (100 * detected) / valid,
  };
}

function table(rows: Row[]): string {
  const header = ['file (apps/api/src)', 'killed', 'timeout', 'survived', 'no cov', 'errors', 'score'];
  const body = rows.map((row) => [
    row.file,
    String(row.killed),
    String(row.timeout),
    String(row.survived),
    String(row.noCoverage),
    String(row.errors),
    row.failed
      ? 'run failed'
      : `${row.score.toFixed(2)} %${row.score < THRESHOLD ? ' (under ' + THRESHOLD + ' %)' : ''}`,
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

let embedded: EmbeddedServer | null = null;
if (selected.some((module) => module.database) && !process.env.DATABASE_URL) {
  // Started once here, so the workers' global setup reuses it instead of each starting and stopping one.
  embedded = await startEmbeddedPostgres({
    dataDir: process.env.EMBEDDED_PG_DIR ?? resolve(repoRoot, '.data/postgres'),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  });
}

const rows: Row[] = [];
const started = performance.now();
try {
  for (const module of selected) {
    const moduleStarted = performance.now();
    console.log(`\n== ${module.file} (tests: ${module.tests.join(', ')})`);
    // Read by mutation/vitest.config.ts in Stryker's workers, which inherit this environment.
    process.env.MUTATION_TESTS = module.tests.join(',');
    process.env.MUTATION_DATABASE = module.database ? '1' : '0';
    try {
      const row = tally(module, await new Stryker(optionsFor(module)).runMutationTest());
      rows.push(row);
      console.log(
        `   ${row.score.toFixed(2)} % in ${((performance.now() - moduleStarted) / 1000).toFixed(0)} s`,
      );
    } catch (error) {
      // e.g. a test failing without any mutant: the module gets no score, the others still run
      console.error(`   no score: ${error instanceof Error ? error.message : String(error)}`);
      rows.push({ ...tally(module, []), score: 0, failed: true });
    }
  }
} finally {
  if (embedded?.startedHere) await embedded.stop();
}

const summary = table(rows);
mkdirSync(REPORTS, { recursive: true });
writeFileSync(`${REPORTS}/summary.md`, `${summary}\n`);
console.log(`\nMutation score per rule module (threshold ${THRESHOLD} %):\n\n${summary}`);
console.log(`\n${rows.length} module(s) in ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (rows.some((row) => row.score < THRESHOLD)) process.exitCode = 1;
