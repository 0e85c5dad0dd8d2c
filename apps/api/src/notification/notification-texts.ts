import { cstDayOf } from '../lib/natural-days.ts';
import { EVALUATION_REMINDER_DAYS_BEFORE, EVALUATION_WINDOW_DAYS } from '../evaluation/index.ts';

/** A case as the texts name it. */
export interface CaseLabel {
  itemName: string;
  businessNumber: string;
}

/** The case columns a CaseLabel is made of (a Prisma `select`). */
export const CASE_LABEL_SELECT = { businessNumber: true, item: { select: { name: true } } } as const;
export const caseLabelOf = (kase: { businessNumber: string; item: { name: string } }): CaseLabel => ({
  itemName: kase.item.name,
  businessNumber: kase.businessNumber,
});

const subject = (kase: CaseLabel) => `您申请的“${kase.itemName}”（业务编号 ${kase.businessNumber}）`;
/** A natural-day deadline (00:00 CST of the next day) as the guide says it: `2019-11-15 24:00`. */
const deadlineText = (closesAt: Date) => `${cstDayOf(new Date(closesAt.getTime() - 1))} 24:00`;
const DEFAULT_NOTE = '逾期未评价的，系统将默认“基本满意”。';

/** The title and body of each kind of notification (the SMS says the body). */
export const NOTIFICATION_TEXTS = {
  accepted: (kase: CaseLabel) => ({ title: '办件已受理', body: `${subject(kase)}已受理。` }),
  correction: (kase: CaseLabel, missingMaterials: readonly string[]) => ({
    title: '办件需要补正',
    body:
      missingMaterials.length > 0
        ? `${subject(kase)}需要补正以下材料：${missingMaterials.join('、')}。`
        : `${subject(kase)}需要补正材料，请查看办件详情。`,
  }),
  completed: (kase: CaseLabel, evaluationClosesAt: Date | null) => ({
    title: '办件已办结',
    body: evaluationClosesAt
      ? `${subject(kase)}已办结。请于 ${deadlineText(evaluationClosesAt)} 前（${EVALUATION_WINDOW_DAYS} 天内）对本次服务进行评价，${DEFAULT_NOTE}`
      : `${subject(kase)}已办结。`,
  }),
  reminder: (kase: CaseLabel, evaluationClosesAt: Date) => ({
    title: '评价即将截止',
    body: `${subject(kase)}的评价将于 ${deadlineText(evaluationClosesAt)} 截止（剩余不到 ${EVALUATION_REMINDER_DAYS_BEFORE} 天），${DEFAULT_NOTE}`,
  }),
  replied: (kase: CaseLabel, departmentName: string) => ({
    title: '部门已回复评价',
    body: `${departmentName}已回复您对${subject(kase).replace('您申请的', '')}的评价，请登录网上办事大厅查看。`,
  }),
  questionAnswered: (question: {
    kind: 'CONSULTATION' | 'COMPLAINT';
    itemName: string;
    departmentName: string;
  }) => {
    const what = question.kind === 'COMPLAINT' ? '投诉' : '咨询';
    return {
      title: `部门已答复您的${what}`,
      body: `${question.departmentName}已答复您关于“${question.itemName}”的${what}，请登录网上办事大厅“我的互动”查看。`,
    };
  },
} as const;
