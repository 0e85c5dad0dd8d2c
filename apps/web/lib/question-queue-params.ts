import type { QuestionState } from '@/gql/graphql';
import {
  appendPaging,
  firstValue,
  pageHrefs,
  parsePaging,
  type Paging,
  type SearchParams,
} from './cursor-paging';
import { isQuestionState } from './labels';

export const QUESTION_QUEUE_PATH = '/staff/department/questions';

/** The workbench's 咨询投诉: one tab (待答复 by default) and the page within it. */
export type QuestionQueueParams = { state: QuestionState } & Paging;

export function parseQuestionQueueParams(raw: SearchParams): QuestionQueueParams {
  const state = firstValue(raw.state);
  return { state: isQuestionState(state) ? state : 'PENDING', ...parsePaging(raw) };
}

export function questionQueueHref(params: { state: QuestionState } & Partial<Paging>): string {
  const query = new URLSearchParams();
  if (params.state !== 'PENDING') query.set('state', params.state);
  appendPaging(query, { after: params.after, trail: params.trail ?? [] });
  const search = query.toString();
  return search ? `${QUESTION_QUEUE_PATH}?${search}` : QUESTION_QUEUE_PATH;
}

export const { next: nextQuestionQueueHref, previous: previousQuestionQueueHref } =
  pageHrefs<QuestionQueueParams>(questionQueueHref);
