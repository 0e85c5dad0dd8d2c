import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { pageCases } from './page-cases.ts';

// The page query bypasses the ORM (db/prisma.ts hotQuery): its rows must still be exactly the model's.
describe('a page of cases read without the ORM', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
  });
  afterAll(() => api?.close());

  it('gives every case column under its field name, with the values the ORM reads', async () => {
    const someCases = await api.db.case.findMany({ take: 50, orderBy: { id: 'asc' } });
    const withData = someCases.find((kase) => kase.applicationData !== null) ?? someCases[0]!;
    const page = await pageCases(api.db, { owner: { applicantId: withData.applicantId } }, null, {
      first: 100,
    });
    const fromPage = page.nodes.find((kase) => kase.id === withData.id);
    expect(fromPage).toEqual(withData);
    expect(Object.keys(fromPage!).sort()).toEqual(Object.keys(withData).sort());
  });

  it('with evaluations: the evaluation of each case as the ORM reads it, null for a case without one', async () => {
    const evaluations = await api.db.evaluation.findMany({
      include: { case: true },
      orderBy: { id: 'asc' },
    });
    const bad = evaluations.find((e) => e.replyDueAt !== null && e.comment !== null) ?? evaluations[0]!;
    const { case: kase, ...evaluation } = bad;
    const page = await pageCases(
      api.db,
      { owner: { applicantId: kase.applicantId } },
      null,
      { first: 100 },
      {
        withEvaluations: true,
      },
    );
    const fromPage = page.nodes.find((node) => node.id === kase.id)!;
    expect(fromPage.evaluation).toEqual(evaluation);
    expect(Object.keys(fromPage.evaluation!).sort()).toEqual(Object.keys(evaluation).sort());
    const { evaluation: _evaluation, ...caseColumns } = fromPage;
    expect(caseColumns).toEqual(kase);
    const unevaluated = page.nodes.filter((node) => !evaluations.some((e) => e.caseId === node.id));
    expect(unevaluated.length).toBeGreaterThan(0);
    for (const node of unevaluated) expect(node.evaluation).toBeNull();
  });
});
