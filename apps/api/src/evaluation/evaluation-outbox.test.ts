import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { createCaseLike } from '../testing/fixtures.ts';
import { toGlobalId } from '../lib/global-id.ts';
import { parseCst } from '../lib/natural-days.ts';
import { sweepDefaultEvaluations } from './sweep-default-evaluations.ts';

const CITIZEN = '11010519491231002X';
const CLERK = '120102198801010033'; // 南开社保分中心
const SUPERVISOR = '120103199506300055';
const SS_CASE = '20261121143005667788';

type Errors = { field: string[] | null; code: string }[];

describe('outbox events of cases and 好差评', () => {
  let api: TestApi;
  const clock = {
    at: parseCst('2026-09-01 10:00:00'),
    now() {
      return this.at;
    },
  };
  let n = 0;

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'), { clock });
  });
  afterAll(() => api?.close());

  async function gql<T>(query: string, input: Record<string, unknown>, who: string): Promise<T> {
    const result = await api.graphql<T>(query, { input }, { sessionToken: await api.sessionFor(who) });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  }
  const events = (caseId: string) =>
    api.db.outboxEvent.findMany({ where: { aggregate: caseId }, orderBy: { seq: 'asc' } });

  it('each change records its event in its own transaction, in order on the case; a refusal records none', async () => {
    const kase = await createCaseLike(api.db, SS_CASE, { businessNumber: `OB${Date.now()}${++n}` });
    const caseId = toGlobalId('Case', kase.id);
    const transition = (mutation: string, input: Record<string, unknown>) =>
      gql<Record<string, { userErrors: Errors }>>(
        `mutation($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { userErrors { field code } } }`,
        { caseId, ...input },
        CLERK,
      ).then((data) => expect(data[mutation]!.userErrors).toEqual([]));
    await transition('acceptCase', {});
    await transition('completeCase', { result: '准予许可', deliveryMethod: 'WINDOW_PICKUP' });

    const submit = () =>
      gql<{ submitEvaluation: { evaluation: { id: string } | null; userErrors: Errors } }>(
        `mutation($input: SubmitEvaluationInput!) { submitEvaluation(input: $input) { evaluation { id } userErrors { field code } } }`,
        { caseId, level: 'DISSATISFIED', comment: '等了很久' },
        CITIZEN,
      ).then((data) => data.submitEvaluation);
    const evaluationId = (await submit()).evaluation!.id;
    expect((await submit()).userErrors).toEqual([expect.objectContaining({ code: 'TAKEN' })]);

    const note = (mutation: string, type: string, who: string) =>
      gql<Record<string, { userErrors: Errors }>>(
        `mutation($input: ${type}!) { ${mutation}(input: $input) { userErrors { field code } } }`,
        { evaluationId, body: '已核实' },
        who,
      ).then((data) => expect(data[mutation]!.userErrors).toEqual([]));
    await note('replyToEvaluation', 'ReplyToEvaluationInput', CLERK);
    await note('addEvaluationFollowUp', 'EvaluationNoteInput', CITIZEN);
    const filed = await gql<{ fileEvaluationAppeal: { appeal: { id: string } } }>(
      `mutation($input: FileEvaluationAppealInput!) { fileEvaluationAppeal(input: $input) { appeal { id } } }`,
      { evaluationId, reason: '评价与事实不符' },
      CLERK,
    );
    const decide = () =>
      gql<{ decideEvaluationAppeal: { userErrors: Errors } }>(
        `mutation($input: DecideEvaluationAppealInput!) { decideEvaluationAppeal(input: $input) { userErrors { code } } }`,
        { appealId: filed.fileEvaluationAppeal.appeal.id, decision: 'DISMISS' },
        SUPERVISOR,
      ).then((data) => data.decideEvaluationAppeal.userErrors);
    expect(await decide()).toEqual([]);
    expect(await decide()).toEqual([{ code: 'TAKEN' }]);

    const recorded = await events(kase.id);
    expect(recorded.map((event) => event.type)).toEqual([
      'case.status_changed',
      'case.status_changed',
      'case.completed',
      'evaluation.submitted',
      'evaluation.replied',
      'evaluation.followed_up',
      'evaluation.appeal_decided',
    ]);
    expect(recorded[0]!.payload).toMatchObject({
      from: 'RECEIVED',
      to: 'ACCEPTED',
      fromList: 'IN_PROGRESS',
      toList: 'IN_PROGRESS',
    });
    expect(recorded[1]!.payload).toMatchObject({ from: 'ACCEPTED', to: 'COMPLETED', toList: 'COMPLETED' });
    expect(recorded[3]!.payload).toMatchObject({
      caseId: kase.id,
      level: 'DISSATISFIED',
      comment: '等了很久',
      channel: 'PC',
    });
    expect(recorded[4]!.payload).toMatchObject({ kind: 'REPLY' });
    expect(recorded[6]!.payload).toMatchObject({ status: 'DISMISSED' });
    expect(recorded.every((event) => event.occurredAt.getTime() === clock.at.getTime())).toBe(true);
  });

  it('the default sweep reports each 系统默认评价 in the statement that records it', async () => {
    const completedAt = parseCst('2026-08-01 09:00:00');
    const kase = await createCaseLike(api.db, SS_CASE, {
      businessNumber: `OD${Date.now()}${++n}`,
      status: 'COMPLETED',
      completedAt,
      statusChangedAt: completedAt,
    });
    await sweepDefaultEvaluations(api.db, parseCst('2026-09-01 10:00:00'));
    const evaluation = await api.db.evaluation.findUniqueOrThrow({ where: { caseId: kase.id } });
    const [event, ...more] = await events(kase.id);
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      type: 'evaluation.default_given',
      occurredAt: evaluation.submittedAt,
      payload: {
        evaluationId: evaluation.id,
        caseId: kase.id,
        level: 'BASIC',
        channel: 'SYSTEM_DEFAULT',
        submittedAt: evaluation.submittedAt.toISOString(),
      },
    });
  });
});
