import { describe, expect, it } from 'vitest';
import {
  evaluationQueueHref,
  nextEvaluationQueueHref,
  parseEvaluationQueueParams,
  previousEvaluationQueueHref,
} from './evaluation-queue-params';

describe('差评回复 queue URL state', () => {
  it('defaults to 待回复 and ignores unknown tabs', () => {
    expect(parseEvaluationQueueParams({})).toEqual({ state: 'PENDING', after: undefined, trail: [] });
    expect(parseEvaluationQueueParams({ state: 'NOPE' }).state).toBe('PENDING');
    expect(parseEvaluationQueueParams({ state: ['OVERDUE', 'REPLIED'] }).state).toBe('OVERDUE');
  });

  it('writes the tab and paging into the URL, and reads them back', () => {
    expect(evaluationQueueHref({ state: 'PENDING' })).toBe('/staff/department/evaluations');
    expect(evaluationQueueHref({ state: 'DUE_SOON' })).toBe('/staff/department/evaluations?state=DUE_SOON');
    const first = parseEvaluationQueueParams({ state: 'REPLIED' });
    const second = nextEvaluationQueueHref(first, 'c1');
    expect(second).toBe('/staff/department/evaluations?state=REPLIED&after=c1&trail=');
    const parsed = parseEvaluationQueueParams(Object.fromEntries(new URL(second, 'http://x').searchParams));
    expect(parsed).toEqual({ state: 'REPLIED', after: 'c1', trail: [''] });
    expect(previousEvaluationQueueHref(first)).toBeUndefined();
    expect(previousEvaluationQueueHref(parsed)).toBe('/staff/department/evaluations?state=REPLIED');
  });
});
