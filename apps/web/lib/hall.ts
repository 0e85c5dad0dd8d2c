import { readWebEnvVariable } from './web-env';

/** The hall's display name (env HALL_NAME), read on the server at request time. */
export function getHallName(): string {
  return readWebEnvVariable('HALL_NAME') ?? '天津网上办事大厅';
}

/** Every page's <title>: `<page> - <hall>` (the App Router's metadata template and pages/ alike). */
export function titleTemplate(): string {
  return `%s - ${getHallName()}`;
}

export function pageTitle(title: string | null): string {
  return title === null ? getHallName() : titleTemplate().replace('%s', title);
}

/** The site's description, for pages that do not state their own. */
export function siteDescription(): string {
  return `${getHallName()}：在线查看网上申报、窗口申报和互联互通的办件，办理政务服务事项。`;
}
