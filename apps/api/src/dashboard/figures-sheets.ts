import {
  CASE_SOURCE_LABELS,
  CASE_STATUS_LABELS,
  EVALUATION_DIMENSION_LABELS,
  EVALUATION_LEVEL_LABELS,
} from '@hall/labels';
import type { Context } from '../context.ts';
import { computeDashboard, type DashboardInput } from './compute-dashboard.ts';
import { readableDepartment } from './dashboard-policy.ts';
import { oneBatch, type Cell, type ExportSheet } from './export-workbook.ts';

/** A rate as a percentage with one decimal (as the page shows it), empty when there is nothing to divide. */
const percent = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

const LEVELS = [
  ['verySatisfied', 'VERY_SATISFIED'],
  ['satisfied', 'SATISFIED'],
  ['basic', 'BASIC'],
  ['dissatisfied', 'DISSATISFIED'],
  ['veryDissatisfied', 'VERY_DISSATISFIED'],
] as const;

const sheet = (name: string, columns: string[], rows: Cell[][]): Omit<ExportSheet, 'filters'> => ({
  name,
  columns,
  batches: oneBatch(rows),
});

/**
 * 统计分析 as a workbook: each table of the page (its figures, the same numbers from the same rollups) as a
 * sheet. Checked with dashboard.export; a head's view is narrowed to their department like the page.
 */
export async function figuresSheets(ctx: Context, input: DashboardInput) {
  readableDepartment(ctx.principal, 'dashboard.export', input.departmentId);
  const d = await computeDashboard(ctx, input);
  const departmentName = async (id: string) => (await ctx.loaders.departmentById.load(id))?.name ?? '';
  const itemOf = async (id: string) => {
    const item = await ctx.loaders.serviceItemById.load(id);
    return { name: item?.name ?? '', department: item ? await departmentName(item.departmentId) : '' };
  };
  const { overall: now, previous: before, cases, previousCases: casesBefore } = d;
  const sheets = [
    sheet(
      '主要指标',
      ['指标', '本期', '上期'],
      [
        ['评价总量', now.total, before.total],
        ['主动评价量', now.active, before.active],
        ['好评率（%）', percent(now.goodRate), percent(before.goodRate)],
        ['差评率（%）', percent(now.badRate), percent(before.badRate)],
        ['回复率（%）', percent(now.replyRate), percent(before.replyRate)],
        ['按时回复率（%）', percent(now.onTimeReplyRate), percent(before.onTimeReplyRate)],
        ['超期回复', now.overdue, before.overdue],
        ['申诉成立', now.excludedByAppeal, before.excludedByAppeal],
        ['申请办件', cases.applied, casesBefore.applied],
        ['办结办件', cases.completed, casesBefore.completed],
        ['按时办结率（%）', percent(cases.onTimeCompletionRate), percent(casesBefore.onTimeCompletionRate)],
        ['超承诺时限', cases.completedPastPromise, casesBefore.completedPastPromise],
        ['办结用时中位数（工作日）', cases.medianWorkingDays, casesBefore.medianWorkingDays],
        ['办结用时 P90（工作日）', cases.p90WorkingDays, casesBefore.p90WorkingDays],
      ],
    ),
    sheet(
      '每日趋势',
      ['日期', '评价量', '差评量', '申请量', '办结量'],
      d.trend.map((p) => [p.day, p.evaluations, p.bad, p.applied, p.completed]),
    ),
    sheet(
      '评价等级',
      ['等级', '本期', '上期'],
      LEVELS.map(([key, level]) => [EVALUATION_LEVEL_LABELS[level], now[key], before[key]]),
    ),
    sheet(
      '办件来源',
      ['来源', '本期', '上期'],
      cases.appliedBySource.map((s, i) => [
        CASE_SOURCE_LABELS[s.source],
        s.count,
        casesBefore.appliedBySource[i]?.count ?? 0,
      ]),
    ),
    sheet(
      '各部门指标',
      [
        '部门',
        '评价总量',
        '好评率（%）',
        '差评率（%）',
        '上期差评率（%）',
        '按时回复率（%）',
        '超期回复',
        '申请',
        '办结',
        '按时办结率（%）',
      ],
      await Promise.all(
        d.byDepartment.map(async (row) => [
          await departmentName(row.departmentId),
          row.current.total,
          percent(row.current.goodRate),
          percent(row.current.badRate),
          percent(row.previous.badRate),
          percent(row.current.onTimeReplyRate),
          row.current.overdue,
          row.cases.applied,
          row.cases.completed,
          percent(row.cases.onTimeCompletionRate),
        ]),
      ),
    ),
    sheet(
      '各事项',
      [
        '事项',
        '部门',
        '评价总量',
        '差评率（%）',
        '申请',
        '办结',
        '用时中位数（工作日）',
        '用时 P90（工作日）',
        '超承诺时限',
      ],
      await Promise.all(
        d.byItem.map(async (row) => {
          const item = await itemOf(row.itemId);
          return [
            item.name,
            item.department,
            row.current.total,
            percent(row.current.badRate),
            row.cases.applied,
            row.cases.completed,
            row.cases.medianWorkingDays,
            row.cases.p90WorkingDays,
            row.cases.completedPastPromise,
          ];
        }),
      ),
    ),
    sheet(
      '办件状态',
      ['状态（当前，不限期间）', '件数'],
      d.casesByStatus.map((s) => [CASE_STATUS_LABELS[s.status], s.count]),
    ),
    sheet(
      '评价维度平均分',
      ['维度', '平均分（1–5）', '评分数'],
      d.dimensionScores.map((s) => [
        EVALUATION_DIMENSION_LABELS[s.dimension as keyof typeof EVALUATION_DIMENSION_LABELS] ?? s.dimension,
        Math.round(s.average * 100) / 100,
        s.count,
      ]),
    ),
  ];
  return { period: d.period, asOf: d.asOf, departmentId: d.departmentId, sheets };
}
