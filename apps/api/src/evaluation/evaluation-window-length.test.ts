import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { createCaseLike } from '../testing/fixtures.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { parseCst, toIsoCst } from '../lib/natural-days.ts';
import type { Clock } from '../lib/clock.ts';
import { EVALUATION_WINDOW_DAYS, evaluationClosesAt } from './evaluation-rules.ts';
import { sweepDefaultEvaluations } from './sweep-default-evaluations.ts';

const CITIZEN = '11010519491231002X';
const SS_CASE = '20261121143005667788';
const WINDOW_DAYS = 3;
const COMPLETED_AT = parseCst('2026-03-02 15:00:00');
/** 24:00 CST of D+3, D = 2026-03-02: computed by hand, not by the function under test. */
const CLOSES_AT = parseCst('2026-03-06 00:00:00');

const CASE_WINDOW = `query($id: ID!) { node(id: $id) { ... on Case { canEvaluate evaluationWindow { closesAt isOpen } } } }`;
const SUBMIT = `mutation($input: SubmitEvaluationInput!) {
  submitEvaluation(input: $input) { evaluation { id } userErrors { code field message } } }`;

/**
 * The evaluation window's length is written once (evaluation-rules.ts) and every check takes it from there: a
 * server built with a 3-day window answers canEvaluate, evaluationWindow and submitEvaluation at the 3-day
 * boundary, and the sweep given the same length defaults exactly there — the SQL holds no number of its own.
 */
describe('one evaluation window length for the sweep, the submit check and canEvaluate', () => {
  let api: TestApi;
  let now = new Date(CLOSES_AT.getTime() - 1);
  const clock: Clock = { now: () => new Date(now) };

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), { clock, evaluationWindowDays: WINDOW_DAYS });
  });
  afterAll(async () => {
    await api?.close();
  });

  const completedCase = (tag: string) =>
    createCaseLike(api.db, SS_CASE, {
      businessNumber: `WL${tag}${Date.now()}`,
      status: 'COMPLETED',
      appliedAt: COMPLETED_AT,
      completedAt: COMPLETED_AT,
      statusChangedAt: COMPLETED_AT,
    });

  async function windowOf(caseId: string) {
    const result = await api.graphql<{
      node: { canEvaluate: boolean; evaluationWindow: { closesAt: string; isOpen: boolean } };
    }>(CASE_WINDOW, { id: toGlobalId('Case', caseId) }, { sessionToken: await api.sessionFor(CITIZEN) });
    expect(result.errors).toBeUndefined();
    return result.data!.node;
  }

  const submit = async (caseId: string) =>
    (
      await api.graphql<{
        submitEvaluation: {
          evaluation: { id: string } | null;
          userErrors: { code: string; message: string }[];
        };
      }>(
        SUBMIT,
        { input: { caseId: toGlobalId('Case', caseId), level: 'SATISFIED' } },
        { sessionToken: await api.sessionFor(CITIZEN) },
      )
    ).data!.submitEvaluation;

  it('differs from the national window at this boundary (so the test can tell them apart)', () => {
    expect(WINDOW_DAYS).not.toBe(EVALUATION_WINDOW_DAYS);
    expect(evaluationClosesAt(COMPLETED_AT).getTime()).toBeGreaterThan(CLOSES_AT.getTime());
    expect(evaluationClosesAt(COMPLETED_AT, WINDOW_DAYS)).toEqual(CLOSES_AT);
  });

  it('states the window it enforces to the forms', async () => {
    const result = await api.graphql<{ evaluationRules: { windowDays: number; badLevels: string[] } }>(
      '{ evaluationRules { windowDays badLevels } }',
    );
    expect(result.data!.evaluationRules).toEqual({
      windowDays: WINDOW_DAYS,
      badLevels: ['DISSATISFIED', 'VERY_DISSATISFIED'],
    });
  });

  it('is open one millisecond before 24:00 of D+3 everywhere, and closed at it everywhere', async () => {
    const open = await completedCase('A');
    const closed = await completedCase('B');

    now = new Date(CLOSES_AT.getTime() - 1);
    expect(await windowOf(closed.id)).toEqual({
      canEvaluate: true,
      evaluationWindow: { closesAt: toIsoCst(CLOSES_AT), isOpen: true },
    });
    await sweepDefaultEvaluations(api.db, now, { windowDays: WINDOW_DAYS });
    expect(await api.db.evaluation.count({ where: { caseId: { in: [open.id, closed.id] } } })).toBe(0);
    const accepted = await submit(open.id);
    expect(accepted.userErrors).toEqual([]);
    expect(accepted.evaluation).not.toBeNull();

    now = new Date(CLOSES_AT);
    expect(await windowOf(closed.id)).toEqual({
      canEvaluate: false,
      evaluationWindow: { closesAt: toIsoCst(CLOSES_AT), isOpen: false },
    });
    const refused = await submit(closed.id);
    expect(refused.evaluation).toBeNull();
    expect(refused.userErrors).toEqual([
      expect.objectContaining({
        code: 'EXPIRED',
        message: expect.stringContaining(`${WINDOW_DAYS}个自然日`),
      }),
    ]);
    await sweepDefaultEvaluations(api.db, now, { windowDays: WINDOW_DAYS });
    const defaulted = await api.db.evaluation.findUniqueOrThrow({ where: { caseId: closed.id } });
    expect(defaulted).toMatchObject({ isDefault: true, channel: 'SYSTEM_DEFAULT', level: 'BASIC' });
    expect(defaulted.submittedAt).toEqual(CLOSES_AT);
    // The citizen's own evaluation is untouched by the sweep.
    expect(await api.db.evaluation.findUniqueOrThrow({ where: { caseId: open.id } })).toMatchObject({
      isDefault: false,
      level: 'SATISFIED',
    });
  });
});
