import type { Db } from '../prisma.ts';
import { answerDueAtFor } from '../../question/index.ts';

const HOUR = 60 * 60 * 1000;

/**
 * 咨询投诉 at 南开社保分中心: 李华's answered 咨询 and 陈静's 投诉 waiting for its answer (the workbench's queue
 * and the citizen's list are not empty in development). Found by asker and text, so a second run adds none.
 */
export async function seedQuestions(
  db: Db,
  now: Date,
  ids: { liHua: string; chenJing: string; clerk: string; itemCodes: [string, string] },
): Promise<void> {
  const items = await db.serviceItem.findMany({ where: { code: { in: ids.itemCodes } } });
  const item = (code: string) => items.find((row) => row.code === code)!;
  const seeds = [
    {
      userId: ids.liHua,
      kind: 'CONSULTATION' as const,
      item: item(ids.itemCodes[1]),
      body: '从外省机关事业单位调入天津，养老保险关系转移接续需要先到原参保地开具什么证明？',
      askedAt: new Date(now.getTime() - 50 * HOUR),
      answer:
        '请先向原参保地社保经办机构申请开具《养老保险参保缴费凭证》，再持凭证和身份证到本中心窗口或在线提交转移接续申请。',
    },
    {
      userId: ids.chenJing,
      kind: 'COMPLAINT' as const,
      item: item(ids.itemCodes[0]),
      body: '参保单位注册登记网上提交后三天仍显示已接件，电话一直无人接听。',
      askedAt: new Date(now.getTime() - 2 * HOUR),
      answer: null,
    },
  ];
  for (const seed of seeds) {
    const existing = await db.question.findFirst({ where: { userId: seed.userId, body: seed.body } });
    if (existing) continue;
    const question = await db.question.create({
      data: {
        kind: seed.kind,
        userId: seed.userId,
        itemId: seed.item.id,
        departmentId: seed.item.departmentId,
        body: seed.body,
        createdAt: seed.askedAt,
        answerDueAt: answerDueAtFor(seed.askedAt),
      },
    });
    if (seed.answer) {
      await db.question.update({
        where: { id: question.id },
        data: {
          answer: seed.answer,
          answeredAt: new Date(seed.askedAt.getTime() + 20 * HOUR),
          answeredById: ids.clerk,
        },
      });
    }
  }
}
