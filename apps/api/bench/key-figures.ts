// What the runner compares when the floor answers a page with its rows (floor/dashboard.ts, floor/pages.ts)
// rather than the API's JSON: the page's key figures, read once from the API's answer and once from the rows.
import { toGlobalId } from '../src/lib/global-id.ts';

type Data = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- two shapes read by hand, per operation

interface KeyFigures {
  api: (data: Data) => unknown;
  floor: (rows: Data) => unknown;
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

export const KEY_FIGURES: Record<string, KeyFigures> = {
  // the current period's 评价总量 (the rows also cover the previous period and the trend's days)
  DashboardPage: {
    api: (data) => data.dashboard.overall.total,
    floor: (rows) =>
      sum(
        rows.evaluations
          .filter((row: Data) => String(row.day).slice(0, 10) >= rows.period.from)
          .map((row: Data) => row.total),
      ),
  },
  CaseDetailPage: {
    api: (data) => [
      data.node.businessNumber,
      data.node.timeline.length,
      data.node.materials.length,
      data.node.evaluation?.id ?? null,
    ],
    floor: (rows) => [
      rows.case.business_number,
      rows.timeline.length,
      rows.materials.length,
      rows.evaluation ? toGlobalId('Evaluation', rows.evaluation.id) : null,
    ],
  },
  DepartmentEvaluationTasks: {
    api: (data) => ({
      ids: data.departmentEvaluationTasks.edges.map((edge: Data) => edge.node.id),
      counts: Object.fromEntries(
        data.departmentEvaluationTasks.stateCounts
          .filter((count: Data) => count.count > 0)
          .map((count: Data) => [count.state, count.count]),
      ),
    }),
    floor: (rows) => ({
      ids: rows.page.map((row: Data) => toGlobalId('Evaluation', row.id)),
      counts: Object.fromEntries(rows.counts.map((count: Data) => [count.state, count.n])),
    }),
  },
  EvaluationFiguresPage: {
    api: (data) => [data.evaluationFigures.overall.total, data.evaluationFigures.byDepartment.length],
    floor: (rows) => [
      Number(rows.rows.find((row: Data) => row.is_total).total),
      rows.rows.filter((row: Data) => !row.is_total).length,
    ],
  },
  MyLicensesPage: {
    api: (data) => [
      data.myLicenses.map((license: Data) => license.id),
      sum(data.myLicenses.map((license: Data) => license.accessLog.totalCount)),
      sum(data.myLicenses.map((license: Data) => license.grants.totalCount)),
    ],
    floor: (rows) => [
      rows.licenses.map((license: Data) => toGlobalId('License', license.id)),
      sum(rows.accessTotals.map((row: Data) => row.n)),
      sum(rows.grantTotals.map((row: Data) => row.n)),
    ],
  },
};
