import { QUESTION_STATES } from './labels';
import { stateQueue } from './state-queue';

/** The workbench's 咨询投诉: one tab (待答复 by default) and the page within it. */
export const {
  parse: parseQuestionQueueParams,
  href: questionQueueHref,
  next: nextQuestionQueueHref,
  previous: previousQuestionQueueHref,
} = stateQueue('/staff/department/questions', QUESTION_STATES);
