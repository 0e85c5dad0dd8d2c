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
  });

  it('changes nothing when run again on a seeded database', async () => {
    const before = await counts();
    await seedDatabase(api.db, { NODE_ENV: 'development' });
    expect(await counts()).toEqual(before);
    // 19 cases + 3 recently completed ones of 李华 (好差评); the ten guide cases and one recent case are evaluated
    expect(before.cases).toBe(22);
    expect(before.evaluations).toBe(11);
    expect(before.evaluationReplies).toBe(2);
  });

  it('refuses to run in production', async () => {
    await expect(seedDatabase(api.db, { NODE_ENV: 'production' })).rejects.toThrow(/Refusing to seed/);
  });
});
