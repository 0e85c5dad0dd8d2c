import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { startTestApi, type TestApi } from '../testing/test-api.ts';

const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '../../../..');
const GUIDE = join(repoRoot, 'docs/partners.md');

/** The fenced blocks of one language in the guide, in order. */
function blocksOf(markdown: string, language: string): string[] {
  const fence = new RegExp('^```' + language + '\\n([\\s\\S]*?)^```$', 'gm');
  return [...markdown.matchAll(fence)].map((match) => match[1]!);
}

// Every curl and TypeScript example of docs/partners.md, run as written against a real API.
describe('the partner guide (docs/partners.md)', () => {
  let api: TestApi;
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    dir = await mkdtemp(join(tmpdir(), 'hall-partner-guide-'));
    // The repository's Node 24 first on PATH, as npm scripts have it (the examples pipe through `node`).
    env = {
      ...process.env,
      PATH: `${join(repoRoot, 'node_modules/.bin')}:${process.env.PATH}`,
      HALL: api.url,
      CLIENT_ID: 'nk-social-security-system',
      CLIENT_SECRET: 'dev-secret-nk-social-security',
    };
  });
  afterAll(async () => {
    await api?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('runs every shell example in order, each doing what the guide says', async () => {
    const blocks = blocksOf(await readFile(GUIDE, 'utf8'), 'sh');
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    const script = join(dir, 'guide.sh');
    await writeFile(
      script,
      ['set -euo pipefail', ...blocks.map((b, i) => `echo "--- block ${i}"\n${b}`)].join('\n'),
    );
    const { stdout } = await run('bash', [script], { env, timeout: 60_000 });
    expect(stdout).toMatch(/token: hat_/);
    expect(stdout).toMatch(/"outcome":"CREATED"/);
    expect(stdout).toMatch(/^SS-GUIDE-0001 ACCEPTED$/m);
    expect(stdout).toMatch(/resume next time from "[A-Za-z0-9_-]+"/);
    expect(stdout).toMatch(/"field":\["input","applicantIdNumber"\],"code":"INVALID"/);
    expect(stdout).toMatch(/"cost":102,/);
    const synced = await api.db.case.findFirst({ where: { businessNumber: 'SS-GUIDE-0001' } });
    expect(synced?.status).toBe('ACCEPTED');
  });

  it('runs the TypeScript example: both syncs page to the end', async () => {
    const [example] = blocksOf(await readFile(GUIDE, 'utf8'), 'ts');
    const file = join(dir, 'sync.ts');
    await writeFile(file, example!);
    const { stdout } = await run(join(repoRoot, 'node_modules/.bin/node'), [file], { env, timeout: 60_000 });
    const department = await api.db.department.findUniqueOrThrow({ where: { code: 'nk-social-security' } });
    const cases = await api.db.case.count({
      where: { departmentId: department.id, status: { not: 'DRAFT' } },
    });
    const evaluations = await api.db.evaluation.count({ where: { case: { departmentId: department.id } } });
    expect(stdout).toContain(`cases: ${cases} changed, resume from `);
    expect(stdout).toContain(`evaluations: ${evaluations} changed, resume from `);
  });
});
