import {
  CASE_SOURCE_LABELS,
  CASE_STATUS_LABELS,
  DASHBOARD_CASE_FILTER_LABELS,
  DASHBOARD_EVALUATION_FILTER_LABELS,
  EVALUATION_LEVEL_LABELS,
} from '@hall/labels';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { GraphQLError } from 'graphql';
import type { ResolvedServerDeps } from '../server-deps.ts';
import { buildContext, type Context } from '../context.ts';
import type {
  CaseSource,
  CaseStatus,
  DashboardCaseFilter,
  DashboardEvaluationFilter,
  DashboardPeriodKind,
} from '../generated/graphql.ts';
import { parseGlobalId } from '../lib/payload.ts';
import { formatCst } from '../lib/natural-days.ts';
import { evaluationRowsQuery } from './list-dashboard-evaluations.ts';
import { caseRowsQuery } from './list-dashboard-cases.ts';
import { dashboardEvaluationRows, cursorOfRow } from './dashboard-evaluation-rows.ts';
import { caseCursorOfRow, dashboardCaseExportRows } from './dashboard-case-rows.ts';
import { keysetBatches, writeWorkbook, type ExportSheet } from './export-workbook.ts';
import { figuresSheets } from './figures-sheets.ts';

export { EXPORT_BATCH } from './export-workbook.ts';

const KINDS: readonly DashboardPeriodKind[] = ['DAY', 'WEEK', 'MONTH', 'CUSTOM'];
const FILTER_LABELS = DASHBOARD_EVALUATION_FILTER_LABELS satisfies Record<DashboardEvaluationFilter, string>;
const EVALUATION_FILTERS = Object.keys(FILTER_LABELS) as DashboardEvaluationFilter[];
const CASE_FILTERS = Object.keys(DASHBOARD_CASE_FILTER_LABELS) as DashboardCaseFilter[];
const LEVEL_LABELS: Record<string, string> = EVALUATION_LEVEL_LABELS;
const STATUS: Record<number, string> = { 400: 'BAD_USER_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN' };

type ExportQuery = Partial<
  Record<'kind' | 'day' | 'to' | 'department' | 'item' | 'filter' | 'source' | 'status', string>
>;

/** What an export route makes of a checked request: the file's name and its sheets. */
type Workbook = { fileName: string; sheets: ExportSheet[] };

/**
 * The Excel exports of the dashboard's views, streamed (export-workbook.ts), with the filters written above
 * each table; same permission and department rule as the dashboard (dashboard.export); authenticated like
 * /graphql. GET /dashboard/evaluations.xlsx (评价明细), /dashboard/cases.xlsx (办件明细) and
 * /dashboard/figures.xlsx (统计分析: the figures' tables, one sheet each).
 */
export function registerDashboardExportRoutes(app: FastifyInstance, deps: ResolvedServerDeps): void {
  const route = (name: string, build: (ctx: Context, params: ExportQuery) => Promise<Workbook>) =>
    app.get<{ Querystring: ExportQuery }>(`/dashboard/${name}.xlsx`, async (request, reply) => {
      const ctx = await buildContext(deps, request);
      let workbook: Workbook;
      try {
        workbook = await build(ctx, request.query);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        const code = String(error.extensions.code ?? 'BAD_USER_INPUT');
        const status = Number(Object.entries(STATUS).find(([, known]) => known === code)?.[0] ?? 400);
        return reply.code(status).send({ code, message: error.message });
      }
      const stream = new PassThrough();
      reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="${name}.xlsx"; filename*=UTF-8''${encodeURIComponent(workbook.fileName)}`,
        )
        .header('cache-control', 'private, no-store');
      void writeWorkbook(stream, workbook.sheets).catch((error: unknown) => {
        deps.logger.error({ err: error }, 'dashboard export failed');
        stream.destroy(error as Error);
      });
      return reply.send(stream);
    });

  route('evaluations', async (ctx, params) => {
    const view = parseView(params);
    const filter = EVALUATION_FILTERS.find((f) => f === (params.filter ?? 'ALL'));
    if (!filter) throw badInput('filter must name an evaluation list.');
    const query = evaluationRowsQuery(ctx, { ...view, filter }, 'dashboard.export');
    const filters = await viewFilters(ctx, query, [['范围', FILTER_LABELS[filter]]]);
    return {
      fileName: `评价明细-${query.from}-${query.to}.xlsx`,
      sheets: [
        {
          name: '评价明细',
          filters,
          columns: [
            '评价时间',
            '业务编号',
            '审批部门',
            '审批事项',
            '评价等级',
            '系统默认',
            '回复截止',
            '回复时间',
            '申诉成立',
          ],
          batches: keysetBatches(
            (after, limit) => dashboardEvaluationRows(ctx.db, query, { after, limit }),
            cursorOfRow,
            (row) => [
              formatCst(row.submittedAt),
              row.businessNumber,
              row.departmentName,
              row.itemName,
              LEVEL_LABELS[row.level] ?? row.level,
              yesNo(row.isDefault),
              row.replyDueAt ? formatCst(row.replyDueAt) : '',
              row.repliedAt ? formatCst(row.repliedAt) : '',
              yesNo(row.excluded),
            ],
          ),
        },
      ],
    };
  });

  route('cases', async (ctx, params) => {
    const view = parseView(params);
    const filter = CASE_FILTERS.find((f) => f === (params.filter ?? 'APPLIED'));
    const source = params.source === undefined ? null : sourceOf(params.source);
    const status = params.status === undefined ? null : statusOf(params.status);
    if (!filter || source === undefined || status === undefined) {
      throw badInput('filter, source and status must name a 办件 list.');
    }
    const query = caseRowsQuery(ctx, { ...view, filter, source, status }, 'dashboard.export');
    const scope: [string, string][] = [['范围', DASHBOARD_CASE_FILTER_LABELS[filter]]];
    if (status) scope.push(['当前状态', `${CASE_STATUS_LABELS[status]}（不限期间）`]);
    if (source) scope.push(['来源', CASE_SOURCE_LABELS[source]]);
    return {
      fileName: `办件明细-${query.from}-${query.to}.xlsx`,
      sheets: [
        {
          name: '办件明细',
          filters: await viewFilters(ctx, { ...query, asOf: ctx.clock.now() }, scope),
          columns: [
            '业务编号',
            '审批事项',
            '审批部门',
            '来源',
            '状态',
            '申请时间',
            '办结时间',
            '工作日',
            '超承诺时限',
          ],
          batches: keysetBatches(
            (after, limit) => dashboardCaseExportRows(ctx.db, query, { after, limit }),
            caseCursorOfRow,
            (row) => [
              row.businessNumber,
              row.itemName,
              row.departmentName,
              CASE_SOURCE_LABELS[row.source],
              CASE_STATUS_LABELS[row.status],
              row.appliedAt ? formatCst(row.appliedAt) : '',
              row.completedAt ? formatCst(row.completedAt) : '',
              row.workingDays,
              row.pastPromise === null ? '' : yesNo(row.pastPromise),
            ],
          ),
        },
      ],
    };
  });

  route('figures', async (ctx, params) => {
    const view = parseView(params);
    const { period, asOf, departmentId, sheets } = await figuresSheets(ctx, view);
    const filters = await viewFilters(ctx, { ...period, departmentId, itemId: view.itemId, asOf }, [
      ['对比期间', `${period.previousFrom} 至 ${period.previousTo}（北京时间）`],
    ]);
    return {
      fileName: `统计分析-${period.from}-${period.to}.xlsx`,
      sheets: sheets.map((sheet) => ({ ...sheet, filters })),
    };
  });
}

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
const yesNo = (value: boolean) => (value ? '是' : '否');
const sourceOf = (value: string) =>
  (Object.keys(CASE_SOURCE_LABELS) as CaseSource[]).find((s) => s === value);
const statusOf = (value: string) =>
  (Object.keys(CASE_STATUS_LABELS) as CaseStatus[]).find((s) => s === value);

/** The period, department and item of a view's address (the same parameters as the web's pages). */
function parseView(params: ExportQuery) {
  const kind = KINDS.find((k) => k === params.kind);
  const isDay = (value?: string) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (!kind || !isDay(params.day) || (params.to !== undefined && !isDay(params.to))) {
    throw badInput('kind, day (YYYY-MM-DD) and to must name a dashboard period.');
  }
  const id = (value: string | undefined, type: string) =>
    value ? (parseGlobalId(value, type) ?? '00000000-0000-0000-0000-000000000000') : null;
  return {
    period: { kind, day: params.day!, to: params.to ?? null },
    departmentId: id(params.department, 'Department'),
    itemId: id(params.item, 'ServiceItem'),
  };
}

/** The filters every export writes first: 统计期间, 部门, 事项, the list's own, 导出时间. */
async function viewFilters(
  ctx: Context,
  view: { from: string; to: string; departmentId: string | null; itemId: string | null; asOf: Date },
  own: [string, string][],
): Promise<[string, string][]> {
  const department = view.departmentId
    ? ((await ctx.loaders.departmentById.load(view.departmentId))?.name ?? '（无）')
    : '全部部门';
  const item = view.itemId
    ? ((await ctx.loaders.serviceItemById.load(view.itemId))?.name ?? '（无）')
    : '全部事项';
  return [
    ['统计期间', `${view.from} 至 ${view.to}（北京时间）`],
    ['部门', department],
    ['事项', item],
    ...own,
    ['导出时间', `${formatCst(view.asOf)}（北京时间）`],
  ];
}
