import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { toGlobalId } from '../lib/global-id.ts';

const SUBMIT =
  'mutation($id: ID!) { submitDraft(input: { caseId: $id }) { case { status list appliedAt } userErrors { code } } }';
type Submit = {
  submitDraft: {
    case: { status: string; list: string; appliedAt: string } | null;
    userErrors: { code: string }[];
  };
};

describe('submitDraft', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
  });
  afterAll(() => api?.close());

  it('lets only the applicant submit their draft, once', async () => {
    const draft = await api.db.case.findFirstOrThrow({ where: { businessNumber: '20261125200000778899' } });
    const id = toGlobalId('Case', draft.id);
    const stranger = { sessionToken: await api.sessionFor('120104198503120018') };
    const refused = await api.graphql<Submit>(SUBMIT, { id }, stranger);
    expect(refused.data!.submitDraft.userErrors[0]!.code).toBe('NOT_FOUND');

    const owner = { sessionToken: await api.sessionFor('11010519491231002X') };
    // The item's required materials must be there first (uploads are tested in application/).
    const missing = await api.graphql<Submit>(SUBMIT, { id }, owner);
    expect(missing.data!.submitDraft.userErrors.map((error) => error.code)).toEqual([
      'REQUIRED',
      'REQUIRED',
      'REQUIRED',
    ]);
    const slots = await api.db.serviceItemMaterial.findMany({
      where: { itemId: draft.itemId, required: true },
    });
    await api.db.caseMaterial.createMany({
      data: slots.map((slot) => ({ caseId: draft.id, itemMaterialId: slot.id, name: slot.name })),
    });

    const submitted = await api.graphql<Submit>(SUBMIT, { id }, owner);
    expect(submitted.data!.submitDraft.case).toMatchObject({ status: 'RECEIVED', list: 'IN_PROGRESS' });
    expect(submitted.data!.submitDraft.case!.appliedAt).toMatch(/\+08:00$/);

    const again = await api.graphql<Submit>(SUBMIT, { id }, owner);
    expect(again.data!.submitDraft.userErrors[0]!.code).toBe('INVALID_TRANSITION');
    const events = await api.db.caseEvent.findMany({
      where: { caseId: draft.id },
      orderBy: { occurredAt: 'asc' },
    });
    expect(events.map((event) => [event.fromStatus, event.toStatus])).toEqual([
      [null, 'DRAFT'],
      ['DRAFT', 'RECEIVED'],
    ]);
  });
});
