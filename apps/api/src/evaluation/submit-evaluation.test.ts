import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { createCaseLike } from '../testing/fixtures.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { parseCst } from '../lib/natural-days.ts';

const CITIZEN = '11010519491231002X';
const OTHER_CITIZEN = '120104198503120018';
const CLERK = '120102198801010033';
const IN_PROGRESS_CASE = '20261121143005667788';
const WINDOW_CASE = '261123091500123400';

const SUBMIT = `mutation($input: SubmitEvaluationInput!) { submitEvaluation(input: $input) {
  evaluation { id level comment channel isDefault isBad submittedAt replyDueAt replyState
    dimensionScores { dimension score } case { id canEvaluate evaluation { id } } }
  userErrors { field code message } } }`;

type Submit = {
  submitEvaluation: {
    evaluation: Record<string, unknown> | null;
    userErrors: { field: string[] | null; code: string; message: string }[];
  };
};

describe('submitEvaluation', () => {
  let api: TestApi;
  const clock = {
    at: parseCst('2026-05-03 12:00:00'),
    now() {
      return this.at;
    },
  };
  let citizen: { sessionToken: string };
  let other: { sessionToken: string };
  let clerk: { sessionToken: string };
  let n = 0;

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), { clock });
    citizen = { sessionToken: await api.sessionFor(CITIZEN) };
    other = { sessionToken: await api.sessionFor(OTHER_CITIZEN) };
    clerk = { sessionToken: await api.sessionFor(CLERK) };
  });
  afterAll(() => api?.close());

  async function completedCase(completedAt: string, template = IN_PROGRESS_CASE, extra = {}) {
    const at = parseCst(completedAt);
    const kase = await createCaseLike(api.db, template, {
      businessNumber: `EV${Date.now()}${++n}`,
      status: 'COMPLETED',
      appliedAt: at,
      completedAt: at,
      statusChangedAt: at,
      ...extra,
    });
    return { id: kase.id, gid: toGlobalId('Case', kase.id) };
  }

  async function submit(input: Record<string, unknown>, as = citizen) {
    const result = await api.graphql<Submit>(SUBMIT, { input }, as);
    expect(result.status).toBe(200);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.submitEvaluation;
  }

  it('records the applicant’s evaluation with dimension scores; the case then shows 已评价, not 评价', async () => {
    const kase = await completedCase('2026-05-01 09:00:00');
    const before = await api.graphql<{ node: { canEvaluate: boolean; evaluationWindow: unknown } }>(
      `query($id: ID!) { node(id: $id) { ... on Case { canEvaluate evaluationWindow { closesAt isOpen dimensions } } } }`,
      { id: kase.gid },
      citizen,
    );
    expect(before.data!.node).toEqual({
      canEvaluate: true,
      evaluationWindow: {
        closesAt: '2026-05-09T00:00:00+08:00',
        isOpen: true,
        dimensions: ['EFFICIENCY', 'GUIDE_ACCURACY', 'CONVENIENCE', 'PLATFORM_USABILITY'],
      },
    });
    const result = await submit({
      caseId: kase.gid,
      level: 'SATISFIED',
      comment: '  办理很快  ',
      channel: 'MOBILE',
      dimensionScores: [
        { dimension: 'EFFICIENCY', score: 5 },
        { dimension: 'CONVENIENCE', score: 4 },
      ],
    });
    expect(result.userErrors).toEqual([]);
    expect(result.evaluation).toMatchObject({
      level: 'SATISFIED',
      comment: '办理很快',
      channel: 'MOBILE',
      isDefault: false,
      isBad: false,
      submittedAt: '2026-05-03T12:00:00+08:00',
      replyDueAt: null,
      replyState: null,
      dimensionScores: [
        { dimension: 'EFFICIENCY', score: 5 },
        { dimension: 'CONVENIENCE', score: 4 },
      ],
      case: { canEvaluate: false },
    });
    const row = await api.db.evaluation.findUniqueOrThrow({ where: { caseId: kase.id } });
    expect(row.evaluatorId).not.toBeNull();

    const again = await submit({ caseId: kase.gid, level: 'VERY_SATISFIED' });
    expect(again.userErrors).toEqual([
      expect.objectContaining({ code: 'TAKEN', field: ['input', 'caseId'] }),
    ]);
    expect(await api.db.evaluation.findUniqueOrThrow({ where: { caseId: kase.id } })).toEqual(row);
  });

  it('a bad review without a comment is refused on comment and nothing is written; with one it gets a reply deadline', async () => {
    const kase = await completedCase('2026-05-02 10:00:00');
    for (const level of ['DISSATISFIED', 'VERY_DISSATISFIED']) {
      const result = await submit({ caseId: kase.gid, level, comment: '   ' });
      expect(result.evaluation).toBeNull();
      expect(result.userErrors).toEqual([
        expect.objectContaining({ code: 'REQUIRED', field: ['input', 'comment'] }),
      ]);
    }
    expect(await api.db.evaluation.count({ where: { caseId: kase.id } })).toBe(0);

    const tooLong = await submit({ caseId: kase.gid, level: 'SATISFIED', comment: '好'.repeat(501) });
    expect(tooLong.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'comment'] }),
    ]);

    const result = await submit({ caseId: kase.gid, level: 'DISSATISFIED', comment: '等了很久' });
    expect(result.userErrors).toEqual([]);
    // reviewed 2026-05-03 (CST): due 24:00 of 05-18
    expect(result.evaluation).toMatchObject({
      isBad: true,
      replyDueAt: '2026-05-19T00:00:00+08:00',
      replyState: 'PENDING',
    });
  });

  it('refuses dimensions of the other kind, repeated ones, scores outside 1–5 and channels other than PC/MOBILE', async () => {
    const online = await completedCase('2026-05-02 11:00:00');
    const cases: [Record<string, unknown>, string][] = [
      [{ dimensionScores: [{ dimension: 'SERVICE_ATTITUDE', score: 3 }] }, 'dimensionScores'],
      [
        {
          dimensionScores: [
            { dimension: 'EFFICIENCY', score: 3 },
            { dimension: 'EFFICIENCY', score: 4 },
          ],
        },
        'dimensionScores',
      ],
      [{ dimensionScores: [{ dimension: 'EFFICIENCY', score: 6 }] }, 'dimensionScores'],
      [{ dimensionScores: [{ dimension: 'EFFICIENCY', score: 0 }] }, 'dimensionScores'],
      [{ channel: 'SYSTEM_DEFAULT' }, 'channel'],
    ];
    for (const [extra, field] of cases) {
      const result = await submit({ caseId: online.gid, level: 'BASIC', ...extra });
      expect(result.userErrors).toEqual([
        expect.objectContaining({ code: 'INVALID', field: ['input', field] }),
      ]);
    }
    expect(await api.db.evaluation.count({ where: { caseId: online.id } })).toBe(0);

    const window = await completedCase('2026-05-02 11:00:00', WINDOW_CASE, {
      source: 'WINDOW',
      originSystem: 'window',
    });
    const ok = await submit({
      caseId: window.gid,
      level: 'BASIC',
      dimensionScores: [{ dimension: 'SERVICE_ATTITUDE', score: 3 }],
    });
    expect(ok.userErrors).toEqual([]);
  });

  it('nobody but the applicant can evaluate, and a case not yet completed cannot be evaluated', async () => {
    const kase = await completedCase('2026-05-02 12:00:00');
    for (const as of [other, clerk]) {
      const result = await submit({ caseId: kase.gid, level: 'VERY_SATISFIED' }, as);
      expect(result.userErrors).toEqual([
        expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'caseId'] }),
      ]);
    }
    const anonymous = await api.graphql(SUBMIT, { input: { caseId: kase.gid, level: 'BASIC' } }, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const running = toGlobalId(
      'Case',
      (await api.db.case.findFirstOrThrow({ where: { businessNumber: IN_PROGRESS_CASE } })).id,
    );
    const result = await submit({ caseId: running, level: 'BASIC' });
    expect(result.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
    expect(await api.db.evaluation.count({ where: { caseId: kase.id } })).toBe(0);
  });

  it('closes at 24:00 CST on D+7 for a case completed at 00:30 CST (the previous day in UTC), before any sweep', async () => {
    const open = await completedCase('2026-06-01 00:30:00');
    const closed = await completedCase('2026-06-01 00:30:00');
    // A week later the session of 2026-05-03 has long gone idle: sign in again after each move of the clock.
    clock.at = new Date(parseCst('2026-06-08 23:59:59').getTime() + 999);
    citizen = { sessionToken: await api.sessionFor(CITIZEN) };
    expect((await submit({ caseId: open.gid, level: 'BASIC' })).userErrors).toEqual([]);
    clock.at = parseCst('2026-06-09 00:00:00');
    citizen = { sessionToken: await api.sessionFor(CITIZEN) };
    const late = await submit({ caseId: closed.gid, level: 'BASIC' });
    expect(late.userErrors).toEqual([
      expect.objectContaining({ code: 'EXPIRED', field: ['input', 'caseId'] }),
    ]);
    expect(await api.db.evaluation.count({ where: { caseId: closed.id } })).toBe(0);
    const view = await api.graphql<{ node: { canEvaluate: boolean; evaluationWindow: { isOpen: boolean } } }>(
      `query($id: ID!) { node(id: $id) { ... on Case { canEvaluate evaluationWindow { isOpen } } } }`,
      { id: closed.gid },
      citizen,
    );
    expect(view.data!.node).toEqual({ canEvaluate: false, evaluationWindow: { isOpen: false } });
    clock.at = parseCst('2026-05-03 12:00:00');
    citizen = { sessionToken: await api.sessionFor(CITIZEN) };
  });

  it('50 concurrent submissions for one case over HTTP: exactly one wins, every other is TAKEN, no 500', async () => {
    const kase = await completedCase('2026-05-02 13:00:00');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        api.graphql<Submit>(
          SUBMIT,
          { input: { caseId: kase.gid, level: i % 2 ? 'SATISFIED' : 'BASIC' } },
          citizen,
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const payloads = results.map((r) => r.data!.submitEvaluation);
    expect(payloads.filter((p) => p.evaluation)).toHaveLength(1);
    const losers = payloads.filter((p) => !p.evaluation);
    expect(losers).toHaveLength(49);
    for (const loser of losers) expect(loser.userErrors.map((e) => e.code)).toEqual(['TAKEN']);
    expect(await api.db.evaluation.count({ where: { caseId: kase.id } })).toBe(1);
  }, 60_000);
});
