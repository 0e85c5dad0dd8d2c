import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from '../testing/test-api.ts';
import { createCaseLike } from '../testing/fixtures.ts';

const SS_CASE = '20261121143005667788'; // 李华's case at 南开社保分中心

// The 好差评 rules hold in the database itself, whatever SQL writes to it.
describe('evaluation rules in the database (raw SQL)', () => {
  let api: TestApi;
  let n = 0;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi(inject('adminUrl'));
    const users = await api.db.user.findMany({ select: { id: true, name: true } });
    for (const { id, name } of users) ids[name] = id;
  });
  afterAll(() => api?.close());

  const sql = (text: string, ...values: unknown[]) => api.db.$executeRawUnsafe(text, ...values);

  async function badReview() {
    const now = new Date();
    const kase = await createCaseLike(api.db, SS_CASE, {
      businessNumber: `IV${Date.now()}${++n}`,
      status: 'COMPLETED',
      completedAt: now,
      statusChangedAt: now,
    });
    const evaluation = await api.db.evaluation.create({
      data: {
        caseId: kase.id,
        evaluatorId: kase.applicantId,
        level: 'DISSATISFIED',
        comment: '慢',
        channel: 'PC',
        submittedAt: now,
        replyDueAt: new Date(now.getTime() + 15 * 86_400_000),
      },
    });
    return { kase, evaluation };
  }

  const reply = (evaluationId: string, kind: string, authorId: string) =>
    sql(
      `INSERT INTO evaluation_replies (id, evaluation_id, kind, author_id, body) VALUES (gen_random_uuid(), $1::uuid, $2::"EvaluationReplyKind", $3::uuid, 'x')`,
      evaluationId,
      kind,
      authorId,
    );

  it('refuses UPDATE and DELETE of evaluations and replies, and a second evaluation of a case', async () => {
    const { kase, evaluation } = await badReview();
    await expect(
      sql(`UPDATE evaluations SET level = 'SATISFIED' WHERE id = $1::uuid`, evaluation.id),
    ).rejects.toThrow(/cannot be changed/);
    await expect(sql(`DELETE FROM evaluations WHERE id = $1::uuid`, evaluation.id)).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(
      sql(
        `INSERT INTO evaluations (id, case_id, level, channel, is_default, submitted_at) VALUES (gen_random_uuid(), $1::uuid, 'BASIC', 'SYSTEM_DEFAULT', true, now())`,
        kase.id,
      ),
    ).rejects.toThrow(/evaluations_case_id_key|unique/i);
    await reply(evaluation.id, 'REPLY', ids['赵敏']!);
    await expect(
      sql(`UPDATE evaluation_replies SET body = 'changed' WHERE evaluation_id = $1::uuid`, evaluation.id),
    ).rejects.toThrow(/cannot be changed/);
    await expect(
      sql(`DELETE FROM evaluation_replies WHERE evaluation_id = $1::uuid`, evaluation.id),
    ).rejects.toThrow(/cannot be changed/);
    expect(await api.db.evaluation.findUniqueOrThrow({ where: { id: evaluation.id } })).toEqual(evaluation);
  });

  it("takes its case's department whatever the writer sends, and the case cannot move to another department", async () => {
    const { kase, evaluation } = await badReview();
    expect(evaluation.departmentId).toBe(kase.departmentId);
    const other = await createCaseLike(api.db, SS_CASE, {
      businessNumber: `IV${Date.now()}${++n}`,
      status: 'COMPLETED',
      completedAt: new Date(),
      statusChangedAt: new Date(),
    });
    const elsewhere = await api.db.department.findFirstOrThrow({ where: { id: { not: kase.departmentId } } });
    await sql(
      `INSERT INTO evaluations (id, case_id, level, channel, is_default, submitted_at, department_id)
       VALUES (gen_random_uuid(), $1::uuid, 'BASIC', 'SYSTEM_DEFAULT', true, now(), $2::uuid)`,
      other.id,
      elsewhere.id,
    );
    const written = await api.db.evaluation.findUniqueOrThrow({ where: { caseId: other.id } });
    expect(written.departmentId).toBe(kase.departmentId);
    const before = await api.db.case.findUniqueOrThrow({ where: { id: kase.id } });
    await expect(
      sql(`UPDATE cases SET department_id = $2::uuid WHERE id = $1::uuid`, kase.id, elsewhere.id),
    ).rejects.toThrow(/cannot move to another department/);
    expect(await api.db.case.findUniqueOrThrow({ where: { id: kase.id } })).toEqual(before);
    await expect(
      sql(`UPDATE evaluations SET department_id = $2::uuid WHERE id = $1::uuid`, evaluation.id, elsewhere.id),
    ).rejects.toThrow(/cannot be changed/);
  });

  it('one reply and one 追评 per evaluation; replies only by the case department, 追评 only by the applicant after the reply', async () => {
    const { evaluation } = await badReview();
    await expect(reply(evaluation.id, 'FOLLOW_UP', ids['李华']!)).rejects.toThrow(
      /needs the department reply/,
    );
    await expect(reply(evaluation.id, 'REPLY', ids['孙磊']!)).rejects.toThrow(
      /only staff of the case department/,
    );
    await expect(reply(evaluation.id, 'REPLY', ids['李华']!)).rejects.toThrow(
      /only staff of the case department/,
    );
    await reply(evaluation.id, 'REPLY', ids['赵敏']!);
    await expect(reply(evaluation.id, 'REPLY', ids['赵敏']!)).rejects.toThrow(/evaluation_replies_one_reply/);
    await reply(evaluation.id, 'CALLBACK', ids['赵敏']!);
    await reply(evaluation.id, 'CALLBACK', ids['赵敏']!);
    await expect(reply(evaluation.id, 'FOLLOW_UP', ids['陈静']!)).rejects.toThrow(/only the applicant/);
    await reply(evaluation.id, 'FOLLOW_UP', ids['李华']!);
    await expect(reply(evaluation.id, 'FOLLOW_UP', ids['李华']!)).rejects.toThrow(
      /evaluation_replies_one_follow_up/,
    );
    expect(await api.db.evaluationReply.count({ where: { evaluationId: evaluation.id } })).toBe(4);
  });

  it('refuses dimension scores outside 1–5 or of unknown dimensions, over-long comments, and a bad review without a deadline', async () => {
    const { kase } = await badReview();
    const other = await createCaseLike(api.db, SS_CASE, {
      businessNumber: `IV${Date.now()}${++n}`,
      status: 'COMPLETED',
      completedAt: new Date(),
      statusChangedAt: new Date(),
    });
    const insert = (level: string, extra: string, values: unknown[]) =>
      sql(
        `INSERT INTO evaluations (id, case_id, evaluator_id, level, channel, submitted_at, comment, dimension_scores, reply_due_at)
         VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3::"EvaluationLevel", 'PC', now(), ${extra})`,
        other.id,
        kase.applicantId,
        level,
        ...values,
      );
    await expect(insert('SATISFIED', `NULL, '{"EFFICIENCY": 6}', NULL`, [])).rejects.toThrow(
      /dimension_scores_shape/,
    );
    await expect(insert('SATISFIED', `NULL, '{"EFFICIENCY": 2.5}', NULL`, [])).rejects.toThrow(
      /dimension_scores_shape/,
    );
    await expect(insert('SATISFIED', `NULL, '{"FRIENDLINESS": 3}', NULL`, [])).rejects.toThrow(
      /dimension_scores_shape/,
    );
    await expect(insert('SATISFIED', `repeat('好', 501), NULL, NULL`, [])).rejects.toThrow(/comment_length/);
    await expect(insert('DISSATISFIED', `'慢', NULL, NULL`, [])).rejects.toThrow(/reply_deadline/);
    await expect(insert('SATISFIED', `NULL, NULL, now()`, [])).rejects.toThrow(/reply_deadline/);
    await insert('SATISFIED', `NULL, '{"EFFICIENCY": 5, "CONVENIENCE": 1}', NULL`, []);
  });

  it('an appeal: one per evaluation, by the case department, decided once from pending, never deleted', async () => {
    const { kase, evaluation } = await badReview();
    const other = await api.db.department.findFirstOrThrow({ where: { id: { not: kase.departmentId } } });
    const file = (departmentId: string) =>
      sql(
        `INSERT INTO evaluation_appeals (id, evaluation_id, department_id, filed_by_id, reason) VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3::uuid, '恶意评价')`,
        evaluation.id,
        departmentId,
        ids['赵敏']!,
      );
    await expect(file(other.id)).rejects.toThrow(/only the case department/);
    await file(kase.departmentId);
    await expect(file(kase.departmentId)).rejects.toThrow(/evaluation_appeals_evaluation_id_key/);
    await expect(
      sql(`UPDATE evaluation_appeals SET status = 'UPHELD' WHERE evaluation_id = $1::uuid`, evaluation.id),
    ).rejects.toThrow(/decision_complete/);
    const decide = (status: string) =>
      sql(
        `UPDATE evaluation_appeals SET status = $2::"AppealStatus", decided_by_id = $3::uuid, decided_at = now() WHERE evaluation_id = $1::uuid`,
        evaluation.id,
        status,
        ids['周婷']!,
      );
    await decide('UPHELD');
    await expect(decide('DISMISSED')).rejects.toThrow(/decided once/);
    await expect(
      sql(`UPDATE evaluation_appeals SET reason = 'x' WHERE evaluation_id = $1::uuid`, evaluation.id),
    ).rejects.toThrow(/decided once/);
    await expect(
      sql(`DELETE FROM evaluation_appeals WHERE evaluation_id = $1::uuid`, evaluation.id),
    ).rejects.toThrow(/cannot be deleted/);
    expect(
      (await api.db.evaluationAppeal.findUniqueOrThrow({ where: { evaluationId: evaluation.id } })).status,
    ).toBe('UPHELD');
  });
});
