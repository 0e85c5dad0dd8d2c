import { readdirSync } from 'node:fs';
import path from 'node:path';
import { NOT_YET_CHECKED_ROUTES, PAGES, REDIRECT_ONLY_ROUTES, type CheckedPage } from './pages';

const appDir = path.resolve(import.meta.dirname, '../app');
const pagesDir = path.resolve(import.meta.dirname, '../pages');

/** Every route of the web app: the App Router's and the script-free pages of pages/. */
export function appRoutes(): string[] {
  return [...appRouterRoutes(), ...pagesRouterRoutes()].sort();
}

/** Each `page.tsx` under app/, its route groups `(name)` left out. */
function appRouterRoutes(dir = appDir, segments: string[] = []): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === 'page.tsx') routes.push(`/${segments.join('/')}`);
    if (!entry.isDirectory()) continue;
    const group = /^\(.*\)$/.test(entry.name);
    routes.push(...appRouterRoutes(path.join(dir, entry.name), group ? segments : [...segments, entry.name]));
  }
  return routes;
}

/** Each page file under pages/ (`index` is its folder; `_app`, `_document` and api/ are not pages). */
function pagesRouterRoutes(dir = pagesDir, segments: string[] = []): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('_') || entry.name === 'api') continue;
    if (entry.isDirectory())
      routes.push(...pagesRouterRoutes(path.join(dir, entry.name), [...segments, entry.name]));
    else if (entry.name.endsWith('.tsx')) {
      const name = entry.name.replace(/\.tsx$/, '');
      routes.push(`/${[...segments, ...(name === 'index' ? [] : [name])].join('/')}`);
    }
  }
  return routes;
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
