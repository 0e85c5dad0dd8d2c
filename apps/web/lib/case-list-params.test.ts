import { describe, expect, it } from 'vitest';
import {
  caseListHref,
  hasCaseListFilters,
  nextPageHref,
  parseCaseListParams,
  previousPageHref,
} from './case-list-params';

describe('case list URL state', () => {
  it('defaults to 在办件 and ignores unknown values', () => {
    expect(parseCaseListParams({ list: 'NOPE', source: 'FAX' })).toEqual({
      list: 'IN_PROGRESS',
      source: undefined,
      after: undefined,
      trail: [],
    });
  });

  it('walks forward and back through pages', () => {
    const page1 = parseCaseListParams({ list: 'COMPLETED', source: 'WINDOW' });
    expect(caseListHref(page1)).toBe('/personal/cases?list=COMPLETED&source=WINDOW');
    const page2Href = nextPageHref(page1, 'c1');
    const page2 = parseCaseListParams(Object.fromEntries(new URL(page2Href, 'http://x').searchParams));
    expect(page2).toMatchObject({ after: 'c1', trail: [''] });
    const page3Url = new URL(nextPageHref(page2, 'c2'), 'http://x');
    const page3 = parseCaseListParams({
      list: page3Url.searchParams.get('list') ?? undefined,
      after: page3Url.searchParams.get('after') ?? undefined,
      trail: page3Url.searchParams.getAll('trail'),
    });
    expect(page3).toMatchObject({ after: 'c2', trail: ['', 'c1'] });
    expect(previousPageHref(page3)).toBe('/personal/cases?list=COMPLETED&after=c1&trail=');
    expect(previousPageHref(page2)).toBe('/personal/cases?list=COMPLETED&source=WINDOW');
    expect(previousPageHref(page1)).toBeUndefined();
  });

  it('keeps the date range and keyword, and pages within them', () => {
    const params = parseCaseListParams({
      list: 'COMPLETED',
      appliedFrom: '2019-11-07',
      appliedTo: '2019-11-08',
      keyword: '  参保单位  ',
    });
    expect(params).toMatchObject({ appliedFrom: '2019-11-07', appliedTo: '2019-11-08', keyword: '参保单位' });
    expect(hasCaseListFilters(params)).toBe(true);
    const href = nextPageHref(params, 'c1');
    expect(href).toBe(
      '/personal/cases?list=COMPLETED&appliedFrom=2019-11-07&appliedTo=2019-11-08&keyword=%E5%8F%82%E4%BF%9D%E5%8D%95%E4%BD%8D&after=c1&trail=',
    );
  });

  it('drops invalid days and blank keywords, and turns a backwards range around', () => {
    expect(
      parseCaseListParams({ appliedFrom: '2019-02-30', appliedTo: 'yesterday', keyword: '  ' }),
    ).toMatchObject({
      appliedFrom: undefined,
      appliedTo: undefined,
      keyword: undefined,
    });
    expect(parseCaseListParams({ appliedFrom: '2019-11-08', appliedTo: '2019-11-01' })).toMatchObject({
      appliedFrom: '2019-11-01',
      appliedTo: '2019-11-08',
    });
    expect(hasCaseListFilters(parseCaseListParams({ list: 'DRAFT' }))).toBe(false);
  });
});
