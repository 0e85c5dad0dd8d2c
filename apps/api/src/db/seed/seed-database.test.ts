import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../../testing/test-api.ts';
import { seedDatabase } from './seed-database.ts';

describe('seedDatabase', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
  });
  afterAll(() => api?.close());

  const counts = async () => ({
    users: await api.db.user.count(),
    departments: await api.db.department.count(),
    items: await api.db.serviceItem.count(),
    materials: await api.db.serviceItemMaterial.count(),
    cases: await api.db.case.count(),
    events: await api.db.caseEvent.count(),
    clients: await api.db.apiClient.count(),
    evaluations: await api.db.evaluation.count(),
    evaluationReplies: await api.db.evaluationReply.count(),
    questions: await api.db.question.count(),
  });

  it('changes nothing when run again on a seeded database', async () => {
    const before = await counts();
    await seedDatabase(api.db, { NODE_ENV: 'development' });
    expect(await counts()).toEqual(before);
    // 19 cases + 3 recently completed ones of 李华 (好差评) + 陈静's of last month (公示); the ten guide cases, one
    // recent case and last month's are evaluated
    expect(before.cases).toBe(23);
    expect(before.evaluations).toBe(12);
    expect(before.evaluationReplies).toBe(2);
    expect(before.questions).toBe(2); // 李华's answered 咨询, 陈静's open 投诉 (南开社保分中心)
  });

  it('brings an older checklist up to the seed: marks and order restored, dropped entries removed', async () => {
    const item = await api.db.serviceItem.findUniqueOrThrow({
      where: { code: 'tj-ndrc-foreign-investment' },
    });
    const report = await api.db.serviceItemMaterial.findUniqueOrThrow({
      where: { itemId_name: { itemId: item.id, name: '项目申请报告' } },
    });
    await api.db.serviceItemMaterial.update({
      where: { id: report.id },
      data: { required: false, sortOrder: 9 },
    });
    await api.db.serviceItemMaterial.create({ data: { itemId: item.id, name: '选址意见书', sortOrder: 4 } });

    await seedDatabase(api.db, { NODE_ENV: 'development' });
    const checklist = await api.db.serviceItemMaterial.findMany({
      where: { itemId: item.id },
      orderBy: { sortOrder: 'asc' },
    });
    expect(checklist[0]).toMatchObject({ id: report.id, name: '项目申请报告', required: true, sortOrder: 0 });
    expect(checklist.map((entry) => entry.name)).not.toContain('选址意见书');
    expect(checklist).toHaveLength(7);
  });

  it('refuses to run in production', async () => {
    await expect(seedDatabase(api.db, { NODE_ENV: 'production' })).rejects.toThrow(/Refusing to seed/);
  });
});
