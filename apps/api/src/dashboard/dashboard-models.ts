import type { computeDashboard } from './compute-dashboard.ts';
import type { computePublishedFigures } from './compute-published-figures.ts';

/** What the dashboard resolvers return; GraphQL objects (department, item) are loaded from their IDs. */
export type DashboardModel = Awaited<ReturnType<typeof computeDashboard>>;
export type DashboardDepartmentRowModel = DashboardModel['byDepartment'][number];
export type DashboardItemRowModel = DashboardModel['byItem'][number];
export type PublishedFigureRowModel = Awaited<ReturnType<typeof computePublishedFigures>>['month'][number];
