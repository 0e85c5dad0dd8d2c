import { EVALUATION_REPLY_STATES } from './labels';
import { stateQueue } from './state-queue';

/** The department's 差评回复 queue: one tab (待回复 by default) and the page within it. */
export const {
  parse: parseEvaluationQueueParams,
  href: evaluationQueueHref,
  next: nextEvaluationQueueHref,
  previous: previousEvaluationQueueHref,
} = stateQueue('/staff/department/evaluations', EVALUATION_REPLY_STATES);
