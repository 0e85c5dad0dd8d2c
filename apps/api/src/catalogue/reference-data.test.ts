import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { ReferenceTable } from './reference-data.ts';
import type { Department } from '../generated/prisma/client.ts';

describe('reference copy of departments', () => {
  let api: TestApi;
  let reads: string[];
  let table: ReferenceTable<Department>;
  const ttlMs = 300;

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
  });
  afterAll(() => api?.close());

  function freshTable() {
    reads = [];
    table = new ReferenceTable(
      () => (reads.push('all'), api.db.department.findMany()),
      (ids) => (reads.push(`some:${ids.length}`), api.db.department.findMany({ where: { id: { in: ids } } })),
      ttlMs,
    );
  }

  it('reads the table once for many callers at the same time, then answers from memory', async () => {
    freshTable();
    const [one] = await api.db.department.findMany({ take: 1, orderBy: { code: 'asc' } });
    const answers = await Promise.all([table.many([one!.id]), table.many([one!.id]), table.many([one!.id])]);
    expect(answers.map(([row]) => row?.name)).toEqual([one!.name, one!.name, one!.name]);
    await table.many([one!.id]);
    expect(reads).toEqual(['all']);
  });

  it('reads a department added after the copy at once, and answers null for an unknown id', async () => {
    freshTable();
    await table.many([]);
    const added = await api.db.department.create({
      data: { code: `ref-${Date.now()}`, name: '参考数据测试局', regionCode: '120000' },
    });
    const [row, unknown] = await table.many([added.id, '00000000-0000-4000-8000-000000000000']);
    expect(row?.name).toBe('参考数据测试局');
    expect(unknown).toBeNull();
    expect(reads).toEqual(['all', 'some:2']);
    await api.db.department.delete({ where: { id: added.id } });
  });

  it('shows a rename only after the time to live', async () => {
    freshTable();
    const added = await api.db.department.create({
      data: { code: `ref-r-${Date.now()}`, name: '改名前', regionCode: '120000' },
    });
    expect((await table.many([added.id]))[0]?.name).toBe('改名前');
    await api.db.department.update({ where: { id: added.id }, data: { name: '改名后' } });
    expect((await table.many([added.id]))[0]?.name).toBe('改名前');
    await new Promise((resolve) => setTimeout(resolve, ttlMs + 50));
    expect((await table.many([added.id]))[0]?.name).toBe('改名后');
    await api.db.department.delete({ where: { id: added.id } });
  });
});

describe('reference copy without a promise', () => {
  it('answers peek only while the copy is fresh and holds the row', async () => {
    const rows = [{ id: 'a', name: '甲' }];
    const table = new ReferenceTable(
      async () => rows,
      async () => [],
      200,
    );
    expect(table.peek('a')).toBeUndefined();
    await table.many([]);
    expect(table.peek('a')?.name).toBe('甲');
    expect(table.peek('b')).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(table.peek('a')).toBeUndefined();
  });
});
