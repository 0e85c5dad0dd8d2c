import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { createCaseLike } from '../testing/fixtures.ts';

// Rules that protect data hold in the database itself, whatever code (or manual SQL) writes to it.
describe('database invariants', () => {
  let api: TestApi;
  let completedCaseId: string;
  let openCaseId: string;
  let citizenId: string;

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    completedCaseId = (
      await api.db.case.findFirstOrThrow({ where: { businessNumber: '20191108095653989372' } })
    ).id;
    openCaseId = (await api.db.case.findFirstOrThrow({ where: { businessNumber: '20261118101122334455' } }))
      .id;
    citizenId = (await api.db.case.findFirstOrThrow({ where: { id: completedCaseId } })).applicantId;
  });
  afterAll(() => api?.close());

  const evaluation = (caseId: string, extra: Record<string, unknown> = {}) =>
    api.db.evaluation.create({
      data: {
        caseId,
        evaluatorId: citizenId,
        level: 'SATISFIED',
        channel: 'PC',
        submittedAt: new Date(),
        ...extra,
      },
    });

  it('allows one evaluation per case, and never changes or deletes it', async () => {
    // the seeded guide cases are evaluated already: use a fresh completed case
    const kase = await createCaseLike(api.db, '20191108095653989372', {
      businessNumber: 'INV20261128000001',
      status: 'COMPLETED',
      completedAt: new Date(),
    });
    const first = await evaluation(kase.id);
    await expect(evaluation(kase.id)).rejects.toThrow();
    await expect(evaluation(completedCaseId)).rejects.toThrow(/evaluations_case_id_key|Unique constraint/);
    await expect(
      api.db.evaluation.update({ where: { id: first.id }, data: { level: 'VERY_SATISFIED' } }),
    ).rejects.toThrow(/cannot be changed/);
    await expect(api.db.evaluation.delete({ where: { id: first.id } })).rejects.toThrow(/cannot be changed/);
    expect((await api.db.evaluation.findUniqueOrThrow({ where: { id: first.id } })).level).toBe('SATISFIED');
  });

  it('refuses a bad review without a comment, and evaluating an unfinished case', async () => {
    const other = await createCaseLike(api.db, '20191107192640286801', {
      businessNumber: 'INV20261128000002',
      status: 'COMPLETED',
      completedAt: new Date(),
    });
    await expect(evaluation(other.id, { level: 'DISSATISFIED', comment: '  ' })).rejects.toThrow(
      /bad_review_has_comment/,
    );
    await expect(evaluation(openCaseId)).rejects.toThrow(/not completed/);
  });

  it('keeps the case timeline and the audit log append-only', async () => {
    const event = await api.db.caseEvent.findFirstOrThrow({ where: { caseId: completedCaseId } });
    await expect(
      api.db.caseEvent.update({
        where: { id_occurredAt: { id: event.id, occurredAt: event.occurredAt } },
        data: { reason: 'edited' },
      }),
    ).rejects.toThrow(/cannot be changed/);
    const log = await api.db.auditLog.create({ data: { action: 'test.write', subjectType: 'Test' } });
    await expect(
      api.db.auditLog.delete({ where: { id_occurredAt: { id: log.id, occurredAt: log.occurredAt } } }),
    ).rejects.toThrow(/cannot be changed/);
  });

  it('keeps business numbers unique per source and case rows consistent', async () => {
    const kase = await api.db.case.findUniqueOrThrow({ where: { id: completedCaseId } });
    const { id: _id, createdAt: _c, updatedAt: _u, applicationData: _a, ...copy } = kase;
    await expect(api.db.case.create({ data: copy })).rejects.toThrow();
    await expect(
      api.db.case.update({
        where: { id: openCaseId },
        data: { trackingNumber: 'EA123456789CN', deliveryMethod: 'WINDOW_PICKUP' },
      }),
    ).rejects.toThrow(/tracking_only_when_posted/);
    await expect(
      api.db.case.update({ where: { id: openCaseId }, data: { status: 'COMPLETED' } }),
    ).rejects.toThrow(/completed_has_time/);
  });
});
