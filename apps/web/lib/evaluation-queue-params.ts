import type { EvaluationReplyState } from '@/gql/graphql';
import {
  appendPaging,
  firstValue,
  pageHrefs,
  parsePaging,
  type Paging,
  type SearchParams,
} from './cursor-paging';
import { isEvaluationReplyState } from './labels';

export const EVALUATION_QUEUE_PATH = '/staff/department/evaluations';

/** The department's 差评回复 queue: one tab (待回复 by default) and the page within it. */
export type EvaluationQueueParams = { state: EvaluationReplyState } & Paging;

export function parseEvaluationQueueParams(raw: SearchParams): EvaluationQueueParams {
  const state = firstValue(raw.state);
  return { state: isEvaluationReplyState(state) ? state : 'PENDING', ...parsePaging(raw) };
}

/** The queue URL for a tab (and page; the first page when paging is left out). */
export function evaluationQueueHref(params: { state: EvaluationReplyState } & Partial<Paging>): string {
  const query = new URLSearchParams();
  if (params.state !== 'PENDING') query.set('state', params.state);
  appendPaging(query, { after: params.after, trail: params.trail ?? [] });
  const search = query.toString();
  return search ? `${EVALUATION_QUEUE_PATH}?${search}` : EVALUATION_QUEUE_PATH;
}

export const { next: nextEvaluationQueueHref, previous: previousEvaluationQueueHref } =
  pageHrefs<EvaluationQueueParams>(evaluationQueueHref);
