import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../testing/use-test-database.ts';
import type { Db } from '../db/prisma.ts';
import { recordOutboxEvent } from './record-outbox-event.ts';

const API_DIR = join(import.meta.dirname, '../..');
const REPO_ROOT = join(API_DIR, '../..');
const EVENTS = 60;
const AGGREGATES = 6;

/** Starts a worker process and resolves once its output contains `until`. */
function startWorker(
  entry: string,
  databaseUrl: string,
  args: string[],
  until: string,
): Promise<{ child: ChildProcess; output: () => string; line: string }> {
  // `npm run worker` is the root package's script, run here without npm (which would not pass SIGTERM on).
  const [, ...rootScript] = (
    JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts.worker!.split(' ');
  const [commandArgs, cwd] =
    entry === 'npm run worker' ? [rootScript, REPO_ROOT] : [['--import', 'tsx', entry, ...args], API_DIR];
  const child = spawn(process.execPath, commandArgs, {
    cwd,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      // its own (empty) file storage: the orphan-file job must never meet the development files
      FILE_STORAGE_DIR: join(tmpdir(), `hall-worker-files-${process.pid}`),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${until}" within 60 s:\n${output}`)), 60_000);
    const watch = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.includes(until));
      if (line) {
        clearTimeout(timer);
        resolve({ child, output: () => output, line });
      }
    };
    child.stdout!.on('data', watch);
    child.stderr!.on('data', watch);
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}:\n${output}`)));
  });
}

function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe('worker killed mid-batch', () => {
  const database = useTestDatabase();
  let db: Db;
  beforeAll(() => {
    db = database.db;
  });

  it('SIGKILL inside a delivery and after a commit: the restarted worker handles every event exactly once, in order per aggregate', async () => {
    await db.$executeRaw`CREATE TABLE outbox_test_log (n bigserial, event_id uuid, aggregate text, seq bigint, pid int)`;
    const first = await startWorker(
      'src/testing/outbox-test-worker.ts',
      database.url,
      ['--stop-at', 'handled:7'],
      'Worker ready',
    );
    // The worker subscribed at start; events recorded now are all waiting for it in one pass.
    for (let n = 0; n < EVENTS; n++) {
      await db.$transaction((tx) =>
        recordOutboxEvent(tx, { type: 'test.happened', aggregate: `case-${n % AGGREGATES}`, payload: { n } }),
      );
    }
    const stopped = await new Promise<string>((resolve) => {
      const poll = setInterval(() => {
        const line = first
          .output()
          .split('\n')
          .find((l) => l.startsWith('stopped at handled'));
        if (line) {
          clearInterval(poll);
          resolve(line.split(' ')[3]!);
        }
      }, 50);
    });
    await kill(first.child);
    // Six deliveries committed; the seventh's handler wrote its log row, which died with the transaction.
    expect(await db.$queryRaw`SELECT count(*)::int AS n FROM outbox_test_log`).toEqual([{ n: 6 }]);
    expect(await db.outboxDelivery.count({ where: { status: 'DONE' } })).toBe(6);

    const second = await startWorker(
      'src/testing/outbox-test-worker.ts',
      database.url,
      ['--stop-at', 'committed:5'],
      'stopped at committed',
    );
    await kill(second.child);
    expect(await db.outboxDelivery.count({ where: { status: 'DONE' } })).toBe(11);

    const third = await startWorker('src/testing/outbox-test-worker.ts', database.url, [], 'Worker ready');
    const deadline = Date.now() + 30_000;
    while ((await db.outboxDelivery.count({ where: { status: 'DONE' } })) < EVENTS && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    third.child.kill('SIGTERM');
    await new Promise((resolve) => third.child.once('exit', resolve));

    const log = await db.$queryRaw<{ event_id: string; aggregate: string; seq: bigint; pid: number }[]>`
      SELECT event_id::text, aggregate, seq, pid FROM outbox_test_log ORDER BY n`;
    expect(log).toHaveLength(EVENTS);
    expect(new Set(log.map((row) => row.event_id)).size).toBe(EVENTS);
    expect(await db.outboxDelivery.count({ where: { status: 'DONE', attempts: 1 } })).toBe(EVENTS);
    // The delivery the first worker died inside was handled by a later one.
    expect(log.find((row) => row.event_id === stopped)!.pid).not.toBe(first.child.pid);
    for (let aggregate = 0; aggregate < AGGREGATES; aggregate++) {
      const seqs = log.filter((row) => row.aggregate === `case-${aggregate}`).map((row) => row.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => (a < b ? -1 : 1)));
    }
  }, 180_000);

  it('npm run worker starts alone, schedules the jobs and stops on SIGTERM with exit 0', async () => {
    const worker = await startWorker('npm run worker', database.url, [], 'Worker ready');
    const schedules = await db.$queryRaw<{ name: string }[]>`SELECT name FROM pgboss.schedule ORDER BY name`;
    expect(schedules.map((row) => row.name)).toContain('evaluations-default-sweep');
    worker.child.removeAllListeners('exit');
    const code = await new Promise((resolve) => {
      worker.child.once('exit', resolve);
      worker.child.kill('SIGTERM');
    });
    expect(code).toBe(0);
  }, 90_000);
});
