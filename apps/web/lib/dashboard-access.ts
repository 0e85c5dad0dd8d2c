import type { Role } from '@/gql/graphql';
import { requireViewer } from './staff';
import type { Viewer } from './viewer';

/** Who opens 统计分析 (the API's dashboard policy decides again what each sees). */
export const DASHBOARD_ROLES: readonly Role[] = ['SUPERVISOR', 'DEPARTMENT_HEAD'];

/** The signed-in viewer of a dashboard page, or null without a dashboard role (the layout then shows 403). */
export async function requireDashboardViewer(path: string): Promise<Viewer | null> {
  const viewer = await requireViewer(path);
  return viewer.roles.some((role) => DASHBOARD_ROLES.includes(role)) ? viewer : null;
}
