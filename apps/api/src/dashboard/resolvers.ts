import type { Resolvers } from '../generated/graphql.ts';
import type { Context } from '../context.ts';
import { inputId } from '../lib/payload.ts';
import { computeDashboard } from './compute-dashboard.ts';
import { listDashboardEvaluations } from './list-dashboard-evaluations.ts';
import { listDashboardCases } from './list-dashboard-cases.ts';
import { computePublishedFigures } from './compute-published-figures.ts';

const optionalId = (globalId: string | null | undefined, type: string) =>
  globalId ? inputId(globalId, type) : null;
const department = (ctx: Context, id: string) => ctx.loaders.departmentById.load(id).then((row) => row!);

export const dashboardResolvers: Resolvers = {
  Query: {
    dashboard: (_parent, args, ctx) =>
      computeDashboard(ctx, {
        period: args.period,
        departmentId: optionalId(args.departmentId, 'Department'),
        itemId: optionalId(args.itemId, 'ServiceItem'),
      }),
    dashboardEvaluations: (_parent, args, ctx) =>
      listDashboardEvaluations(ctx, {
        ...args,
        departmentId: optionalId(args.departmentId, 'Department'),
        itemId: optionalId(args.itemId, 'ServiceItem'),
      }),
    dashboardCases: (_parent, args, ctx) =>
      listDashboardCases(ctx, {
        ...args,
        departmentId: optionalId(args.departmentId, 'Department'),
        itemId: optionalId(args.itemId, 'ServiceItem'),
      }),
    publishedFigures: (_parent, _args, ctx) => computePublishedFigures(ctx),
  },
  Dashboard: {
    department: (row, _args, ctx) => (row.departmentId ? department(ctx, row.departmentId) : null),
  },
  DashboardDepartmentRow: {
    department: (row, _args, ctx) => department(ctx, row.departmentId),
  },
  DashboardItemRow: {
    item: (row, _args, ctx) => ctx.loaders.serviceItemById.load(row.itemId).then((item) => item!),
  },
  DashboardAlert: {
    department: (row, _args, ctx) => department(ctx, row.departmentId),
  },
  PublishedFigureRow: {
    department: (row, _args, ctx) => department(ctx, row.departmentId),
  },
};
