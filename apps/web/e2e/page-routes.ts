import { readdirSync } from 'node:fs';
import path from 'node:path';
import { NOT_YET_CHECKED_ROUTES, PAGES, REDIRECT_ONLY_ROUTES, type CheckedPage } from './pages';

const appDir = path.resolve(import.meta.dirname, '../app');

/** Every route of the web app: each `page.tsx` under app/, its route groups `(name)` left out. */
export function appRoutes(dir = appDir, segments: string[] = []): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === 'page.tsx') routes.push(`/${segments.join('/')}`);
    if (!entry.isDirectory()) continue;
    const group = /^\(.*\)$/.test(entry.name);
    routes.push(...appRoutes(path.join(dir, entry.name), group ? segments : [...segments, entry.name]));
  }
  return routes.sort();
}

/** The app route a checked page visits. */
export function routeOf(page: CheckedPage): string {
  return 'path' in page ? page.path.split('?')[0]! : page.route;
}

/**
 * Routes no page of e2e/pages.ts visits: the accessibility checks, the table widths and `npm run
 * audit:web` all take their pages from there, so a new page must be added there before it is measured.
 */
export function uncoveredRoutes(): string[] {
  const visited = new Set([...PAGES.map(routeOf), ...REDIRECT_ONLY_ROUTES, ...NOT_YET_CHECKED_ROUTES]);
  return appRoutes().filter((route) => !visited.has(route));
}

/** Routes named in e2e/pages.ts that no longer exist under app/ (a page visiting a 404 by mistake). */
export function unknownRoutes(): string[] {
  const routes = new Set(appRoutes());
  return [...PAGES.map((page) => ({ page, route: routeOf(page) }))]
    .filter(({ page, route }) => !routes.has(route) && !/不存在/.test(page.name))
    .map(({ page, route }) => `${page.name}: ${route}`);
}
