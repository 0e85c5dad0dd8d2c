import { definePolicy } from '../auth/policy.ts';

/**
 * 咨询 and 投诉: a citizen (or a person acting for a company) asks about a service item and reads their own
 * questions; staff of the item's department list, read and answer their department's.
 */
export const questionPolicy = definePolicy('question', {
  'question.ask': { CITIZEN: 'own' },
  'question.read': { CITIZEN: 'own', DEPARTMENT_STAFF: 'department' },
  'question.listDepartment': { DEPARTMENT_STAFF: 'department' },
  'question.answer': { DEPARTMENT_STAFF: 'department' },
});

/** Whether the caller may read this question: its asker, or staff of its department. */
export const canReadQuestion = (
  principal: Parameters<typeof questionPolicy.allows>[0],
  question: { userId: string; departmentId: string },
) =>
  questionPolicy.allows(principal, 'question.read', {
    ownerId: question.userId,
    departmentId: question.departmentId,
  });
