import { EVALUATION_LEVEL_LABELS } from '@hall/labels';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { GraphQLError } from 'graphql';
import ExcelJS from 'exceljs';
import type { ResolvedServerDeps } from '../server-deps.ts';
import { buildContext, type Context } from '../context.ts';
import type { DashboardEvaluationFilter, DashboardPeriodKind } from '../generated/graphql.ts';
import { parseGlobalId } from '../lib/payload.ts';
import { formatCst } from '../lib/natural-days.ts';
import { evaluationRowsQuery } from './list-dashboard-evaluations.ts';
import {
  dashboardEvaluationRows,
  cursorOfRow,
  type EvaluationRowsQuery,
} from './dashboard-evaluation-rows.ts';

/** Rows fetched per batch: the export never holds more than this many rows in memory. */
export const EXPORT_BATCH = 1000;

const KINDS: readonly DashboardPeriodKind[] = ['DAY', 'WEEK', 'MONTH', 'CUSTOM'];
const FILTERS: readonly DashboardEvaluationFilter[] = [
  'ALL',
  'GOOD',
  'BAD',
  'DEFAULT',
  'OVERDUE',
  'EXCLUDED_BY_APPEAL',
];
export const FILTER_LABELS: Record<DashboardEvaluationFilter, string> = {
  ALL: '全部评价',
  GOOD: '好评（非常满意、满意）',
  BAD: '差评（不满意、非常不满意）',
  DEFAULT: '系统默认评价',
  OVERDUE: '超期回复',
  EXCLUDED_BY_APPEAL: '申诉成立（不计入统计）',
};
const LEVEL_LABELS: Record<string, string> = EVALUATION_LEVEL_LABELS;
const STATUS: Record<number, string> = { 400: 'BAD_USER_INPUT', 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN' };

type ExportQuery = {
  kind?: string;
  day?: string;
  to?: string;
  department?: string;
  item?: string;
  filter?: string;
};

/**
 * GET /dashboard/evaluations.xlsx — the drill-down list as an Excel workbook, streamed (exceljs WorkbookWriter,
 * rows committed batch by batch), with the filters written above the table. Same permission and department
 * rule as the dashboard (dashboard.export); authenticates like /graphql.
 */
export function registerDashboardExportRoutes(app: FastifyInstance, deps: ResolvedServerDeps): void {
  app.get<{ Querystring: ExportQuery }>('/dashboard/evaluations.xlsx', async (request, reply) => {
    const ctx = await buildContext(deps, request);
    const params = request.query;
    let query: EvaluationRowsQuery;
    try {
      query = evaluationRowsQuery(ctx, parseExportQuery(params), 'dashboard.export');
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const code = String(error.extensions.code ?? 'BAD_USER_INPUT');
      const status = Number(Object.entries(STATUS).find(([, name]) => name === code)?.[0] ?? 400);
      return reply.code(status).send({ code, message: error.message });
    }
    const stream = new PassThrough();
    const fileName = `评价明细-${query.from}-${query.to}.xlsx`;
    reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header(
        'content-disposition',
        `attachment; filename="evaluations.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      )
      .header('cache-control', 'private, no-store');
    void writeWorkbook(ctx, query, stream).catch((error: unknown) => {
      deps.logger.error({ err: error }, 'dashboard export failed');
      stream.destroy(error as Error);
    });
    return reply.send(stream);
  });
}

function parseExportQuery(params: ExportQuery) {
  const kind = KINDS.find((k) => k === params.kind);
  const filter = FILTERS.find((f) => f === (params.filter ?? 'ALL'));
  const isDay = (value?: string) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (!kind || !filter || !isDay(params.day) || (params.to !== undefined && !isDay(params.to))) {
    throw new GraphQLError('kind, day (YYYY-MM-DD), to and filter must name a dashboard view.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  const id = (value: string | undefined, type: string) =>
    value ? (parseGlobalId(value, type) ?? '00000000-0000-0000-0000-000000000000') : null;
  return {
    period: { kind, day: params.day!, to: params.to ?? null },
    departmentId: id(params.department, 'Department'),
    itemId: id(params.item, 'ServiceItem'),
    filter,
  };
}

async function writeWorkbook(ctx: Context, query: EvaluationRowsQuery, stream: PassThrough) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('评价明细');
  const department = query.departmentId
    ? ((await ctx.db.department.findUnique({ where: { id: query.departmentId } }))?.name ?? '（无）')
    : '全部部门';
  const item = query.itemId
    ? ((await ctx.db.serviceItem.findUnique({ where: { id: query.itemId } }))?.name ?? '（无）')
    : '全部事项';
  for (const row of [
    ['统计期间', `${query.from} 至 ${query.to}（北京时间）`],
    ['部门', department],
    ['事项', item],
    ['范围', FILTER_LABELS[query.filter]],
    ['导出时间', `${formatCst(query.asOf)}（北京时间）`],
    [],
    [
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
  ]) {
    sheet.addRow(row).commit();
  }
  let after: string | null = null;
  for (;;) {
    const rows = await dashboardEvaluationRows(ctx.db, query, { after, limit: EXPORT_BATCH });
    for (const row of rows) {
      sheet
        .addRow([
          formatCst(row.submittedAt),
          row.businessNumber,
          row.departmentName,
          row.itemName,
          LEVEL_LABELS[row.level] ?? row.level,
          row.isDefault ? '是' : '否',
          row.replyDueAt ? formatCst(row.replyDueAt) : '',
          row.repliedAt ? formatCst(row.repliedAt) : '',
          row.excluded ? '是' : '否',
        ])
        .commit();
    }
    if (rows.length < EXPORT_BATCH) break;
    after = cursorOfRow(rows.at(-1)!);
  }
  sheet.commit();
  await workbook.commit();
}
