import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedServer } from './embedded-postgres.ts';

const isRoot = process.getuid?.() === 0;
const port = 54390 + Math.floor(Math.random() * 9);

describe('embedded PostgreSQL', () => {
  const root = mkdtempSync(join(tmpdir(), 'hall-embedded-'));
  chmodSync(root, 0o755);
  const started: EmbeddedServer[] = [];
  afterAll(async () => {
    for (const server of started.reverse()) await server.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('starts once and reuses a server that is already running on the same data directory', async () => {
    const dataDir = join(root, 'data');
    const first = await startEmbeddedPostgres({ dataDir, port });
    started.push(first);
    expect(first.startedHere).toBe(true);
    const second = await startEmbeddedPostgres({ dataDir, port });
    expect(second.startedHere).toBe(false);
    expect(second.adminUrl).toBe(first.adminUrl);
  }, 60_000);

  it('keeps a failing exit code: loading it does not turn process.exitCode = 3 into success', () => {
    const script = `await import(${JSON.stringify(join(import.meta.dirname, 'embedded-postgres.ts'))}); process.exitCode = 3;`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(3);
  }, 30_000);

  it.skipIf(!isRoot)(
    'explains, as root, when the postgres user cannot enter the data directory',
    async () => {
      const locked = join(root, 'locked');
      mkdirSync(locked, { mode: 0o700 });
      chmodSync(locked, 0o700);
      const attempt = startEmbeddedPostgres({ dataDir: join(locked, 'data'), port: port + 10 });
      await expect(attempt).rejects.toBeInstanceOf(EmbeddedPostgresError);
      await expect(attempt).rejects.toThrow(/cannot enter .*locked.*chmod o\+x/s);
    },
  );
});
