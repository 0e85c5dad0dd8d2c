import { describe, expect, it } from 'vitest';
import {
  departmentCasesHref,
  hasDepartmentCaseFilters,
  nextDepartmentPageHref,
  parseDepartmentCaseParams,
  previousDepartmentPageHref,
} from './department-case-params';

const ITEMS = ['item-1', 'item-2'];

describe('department workbench URL state', () => {
  it('keeps known statuses (never 暂存) and the department’s own items only', () => {
    expect(
      parseDepartmentCaseParams({ status: 'IN_PROGRESS', itemId: 'item-2', keyword: ' 养老 ' }, ITEMS),
    ).toEqual({ status: 'IN_PROGRESS', itemId: 'item-2', keyword: '养老', after: undefined, trail: [] });
    const ignored = parseDepartmentCaseParams({ status: 'DRAFT', itemId: 'other', keyword: '' }, ITEMS);
    expect(ignored).toMatchObject({ status: undefined, itemId: undefined, keyword: undefined });
    expect(hasDepartmentCaseFilters(ignored)).toBe(false);
  });

  it('builds clean URLs and pages back and forth', () => {
    expect(departmentCasesHref({ status: undefined, itemId: undefined, keyword: undefined })).toBe(
      '/staff/department',
    );
    const page1 = parseDepartmentCaseParams({ status: 'RECEIVED' }, ITEMS);
    const page2Href = nextDepartmentPageHref(page1, 'c1');
    expect(page2Href).toBe('/staff/department?status=RECEIVED&after=c1&trail=');
    const url = new URL(page2Href, 'http://x');
    const page2 = parseDepartmentCaseParams(
      {
        status: url.searchParams.get('status') ?? undefined,
        after: 'c1',
        trail: url.searchParams.getAll('trail'),
      },
      ITEMS,
    );
    expect(previousDepartmentPageHref(page2)).toBe('/staff/department?status=RECEIVED');
    expect(previousDepartmentPageHref(page1)).toBeUndefined();
  });
});
