import { describe, expect, it } from 'vitest';
import { pagingLinks, parsePaging } from './cursor-paging';

describe('pagingLinks', () => {
  it('offers 下一页 only while there are more, and 上一页 only after the first page', () => {
    const first = parsePaging({});
    expect(pagingLinks('/personal/messages', first, { hasNextPage: true, endCursor: 'c1' })).toEqual({
      previous: undefined,
      next: '/personal/messages?after=c1&trail=',
    });
    const second = parsePaging({ after: 'c1', trail: [''] });
    expect(pagingLinks('/personal/messages', second, { hasNextPage: false, endCursor: 'c2' })).toEqual({
      previous: '/personal/messages',
      next: undefined,
    });
    expect(pagingLinks('/x', second, { hasNextPage: true, endCursor: null }).next).toBeUndefined();
  });
});
