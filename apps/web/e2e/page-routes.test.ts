import { describe, expect, it } from 'vitest';
import { appRoutes, uncoveredRoutes, unknownRoutes } from './page-routes';

describe('e2e/pages.ts covers every page of the app', () => {
  it('finds the routes under app/ and pages/ (route groups left out, dynamic segments kept)', () => {
    const routes = appRoutes();
    expect(routes).toContain('/');
    expect(routes).toContain('/personal/cases/[id]/evaluate');
    expect(routes).toContain('/items/[id]'); // pages/items/[id].tsx: the script-free 办事指南
    expect(routes.some((route) => route.includes('('))).toBe(false);
  });

  it('visits every route (add a new page to e2e/pages.ts, and the checks and the audit take it)', () => {
    expect(uncoveredRoutes()).toEqual([]);
  });

  it('names only routes that exist', () => {
    expect(unknownRoutes()).toEqual([]);
  });
});
