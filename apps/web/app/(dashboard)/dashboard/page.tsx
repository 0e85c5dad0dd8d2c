import { NameText } from '@/components/layout/NameText';
import { ScrollRegion } from '@/components/layout/ScrollRegion';
import type { Metadata } from 'next';
import Link from 'next/link';
import { graphql } from '@/gql';
import { PageTitle } from '@/components/layout/PageTitle';
import { PeriodForm } from '@/components/dashboard/PeriodForm';
import { EChart } from '@/components/dashboard/EChart';
import { DataTable } from '@/components/dashboard/DataTable';
import { Change } from '@/components/dashboard/Change';
import {
  caseListHref,
  parseDashboardView,
  periodInput,
  viewQuery,
  type CaseListView,
  type DashboardView,
} from '@/lib/dashboard-params';
import { requireDashboardViewer } from '@/lib/dashboard-access';
import { formatDateTime, formatRate } from '@/lib/format';
import {
  CASE_SOURCE_LABELS,
  CASE_STATUS_LABELS,
  EVALUATION_DIMENSION_LABELS,
  EVALUATION_LEVEL_LABELS,
} from '@/lib/labels';
import { serverQuery } from '@/lib/urql-server';

export const metadata: Metadata = { title: '统计分析' };

const DashboardQuery = graphql(`
  query DashboardPage($period: DashboardPeriodInput!, $departmentId: ID, $itemId: ID) {
    dashboard(period: $period, departmentId: $departmentId, itemId: $itemId) {
      period {
        from
        to
        previousFrom
        previousTo
      }
      asOf
      department {
        id
        name
      }
      overall {
        total
        active
        defaults
        verySatisfied
        satisfied
        basic
        dissatisfied
        veryDissatisfied
        goodRate
        badRate
        bad
        replyRate
        onTimeReplyRate
        overdue
        excludedByAppeal
      }
      previous {
        total
        active
        verySatisfied
        satisfied
        basic
        dissatisfied
        veryDissatisfied
        goodRate
        badRate
        replyRate
        onTimeReplyRate
        overdue
        excludedByAppeal
      }
      cases {
        applied
        completed
        completedPastPromise
        onTimeCompletionRate
        medianWorkingDays
        p90WorkingDays
        appliedBySource {
          source
          count
        }
      }
      previousCases {
        applied
        completed
        completedPastPromise
        onTimeCompletionRate
        medianWorkingDays
        p90WorkingDays
        appliedBySource {
          source
          count
        }
      }
      casesByStatus {
        status
        count
      }
      dimensionScores {
        dimension
        average
        count
      }
      byDepartment {
        department {
          id
          name
        }
        current {
          total
          badRate
          goodRate
          onTimeReplyRate
          overdue
        }
        previous {
          badRate
        }
        cases {
          applied
          completed
          onTimeCompletionRate
        }
      }
      byItem {
        item {
          id
          name
          department {
            name
          }
        }
        current {
          total
          badRate
        }
        cases {
          applied
          completed
          completedPastPromise
          medianWorkingDays
          p90WorkingDays
        }
      }
      trend {
        day
        evaluations
        bad
        applied
        completed
      }
      alerts {
        department {
          id
          name
        }
        kind
        value
        threshold
      }
      alertDays
      workCalendarYears
    }
  }
`);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const LEVELS = ['verySatisfied', 'satisfied', 'basic', 'dissatisfied', 'veryDissatisfied'] as const;
const LEVEL_ENUMS = ['VERY_SATISFIED', 'SATISFIED', 'BASIC', 'DISSATISFIED', 'VERY_DISSATISFIED'] as const;

/** 统计分析: the 好差评 and 办件 figures of a period beside the previous one, with charts, tables and drill-down. */
export default async function DashboardPage({ searchParams }: Props) {
  if (!(await requireDashboardViewer('/dashboard'))) return null;
  const view = parseDashboardView(await searchParams);
  const { dashboard } = await serverQuery(DashboardQuery, {
    period: periodInput(view),
    departmentId: view.department,
    itemId: view.item,
  });
  const { overall, previous, cases, previousCases, period } = dashboard;
  const list = (extra: Partial<DashboardView>) =>
    `/dashboard/evaluations?${viewQuery({ ...view, ...extra })}`;
  const caseList = (extra: Partial<CaseListView>, viewExtra: Partial<DashboardView> = {}) =>
    caseListHref({ ...view, ...viewExtra }, extra);
  const dayView = (day: string): Partial<DashboardView> => ({ kind: 'DAY', day, to: null });
  const previousLabel = `上期 ${period.previousFrom} 至 ${period.previousTo}`;

  const kpis = [
    {
      label: '评价总量',
      value: String(overall.total),
      now: overall.total,
      before: previous.total,
      href: list({}),
    },
    { label: '主动评价量', value: String(overall.active), now: overall.active, before: previous.active },
    {
      label: '好评率',
      value: formatRate(overall.goodRate),
      now: overall.goodRate,
      before: previous.goodRate,
      rate: true,
      href: list({ filter: 'GOOD' }),
    },
    {
      label: '差评率',
      value: formatRate(overall.badRate),
      now: overall.badRate,
      before: previous.badRate,
      rate: true,
      worse: true,
      href: list({ filter: 'BAD' }),
    },
    {
      label: '回复率',
      value: formatRate(overall.replyRate),
      now: overall.replyRate,
      before: previous.replyRate,
      rate: true,
    },
    {
      label: '按时回复率',
      value: formatRate(overall.onTimeReplyRate),
      now: overall.onTimeReplyRate,
      before: previous.onTimeReplyRate,
      rate: true,
    },
    {
      label: '超期回复',
      value: String(overall.overdue),
      now: overall.overdue,
      before: previous.overdue,
      worse: true,
      href: list({ filter: 'OVERDUE' }),
    },
    {
      label: '申诉成立',
      value: String(overall.excludedByAppeal),
      now: overall.excludedByAppeal,
      before: previous.excludedByAppeal,
      href: list({ filter: 'EXCLUDED_BY_APPEAL' }),
    },
    {
      label: '申请办件',
      value: String(cases.applied),
      now: cases.applied,
      before: previousCases.applied,
      href: caseList({ filter: 'APPLIED' }),
    },
    {
      label: '办结办件',
      value: String(cases.completed),
      now: cases.completed,
      before: previousCases.completed,
      href: caseList({ filter: 'COMPLETED' }),
    },
    {
      label: '按时办结率',
      value: formatRate(cases.onTimeCompletionRate),
      now: cases.onTimeCompletionRate,
      before: previousCases.onTimeCompletionRate,
      rate: true,
    },
    {
      label: '超承诺时限',
      value: String(cases.completedPastPromise),
      now: cases.completedPastPromise,
      before: previousCases.completedPastPromise,
      worse: true,
      href: caseList({ filter: 'PAST_PROMISE' }),
    },
    {
      label: '办结用时中位数',
      value: days(cases.medianWorkingDays),
      now: cases.medianWorkingDays,
      before: previousCases.medianWorkingDays,
      worse: true,
    },
  ];

  const departmentLinks = dashboard.byDepartment.map((row) =>
    list({ department: row.department.id, filter: 'BAD' }),
  );
  return (
    <>
      <PageTitle extra={dashboard.department?.name}>统计分析</PageTitle>
      <PeriodForm view={view} />
      <p className="dashboard-note">
        统计期间 {period.from} 至 {period.to}（北京时间），与{previousLabel}比较。统计时间{' '}
        {formatDateTime(dashboard.asOf)}。
        <a
          className="dashboard-export dashboard-export--spaced"
          href={`/api/dashboard/export/figures?${viewQuery({ ...view, filter: 'ALL' })}`}
          download
        >
          导出 Excel
        </a>
      </p>

      {dashboard.alerts.length > 0 && (
        <section className="dashboard-alerts" aria-labelledby="alerts-title">
          <h2 id="alerts-title">预警（近 {dashboard.alertDays} 日）</h2>
          <ul>
            {dashboard.alerts.map((alert) => (
              <li key={`${alert.department.id}-${alert.kind}`}>
                <Link
                  href={list({
                    department: alert.department.id,
                    filter: alert.kind === 'BAD_RATE' ? 'BAD' : 'OVERDUE',
                  })}
                >
                  {alert.department.name}
                </Link>
                ：
                {alert.kind === 'BAD_RATE'
                  ? `差评率 ${formatRate(alert.value)}，高于阈值 ${formatRate(alert.threshold)}`
                  : `超期回复 ${alert.value} 件，高于阈值 ${alert.threshold} 件`}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="kpi-title">
        <h2 id="kpi-title" className="visually-hidden">
          主要指标
        </h2>
        <ul className="dashboard-kpis">
          {kpis.map((kpi) => (
            <li key={kpi.label} className="dashboard-kpi">
              <span className="dashboard-kpi__label">{kpi.label}</span>
              {kpi.href ? (
                <Link
                  className="dashboard-kpi__value"
                  href={kpi.href}
                  aria-label={`${kpi.label} ${kpi.value}，查看明细`}
                >
                  {kpi.value}
                </Link>
              ) : (
                <span className="dashboard-kpi__value">{kpi.value}</span>
              )}
              <Change now={kpi.now} before={kpi.before} rate={kpi.rate} worse={kpi.worse} />
            </li>
          ))}
        </ul>
      </section>

      <section className="dashboard-panel" aria-labelledby="trend-title">
        <h2 id="trend-title">趋势</h2>
        <EChart
          label="每日评价量、差评量、申请量与办结量的趋势折线图，点击某日的点查看当日明细"
          links={[
            dashboard.trend.map((p) => list(dayView(p.day))),
            dashboard.trend.map((p) => list({ ...dayView(p.day), filter: 'BAD' })),
            dashboard.trend.map((p) => caseList({ filter: 'APPLIED' }, dayView(p.day))),
            dashboard.trend.map((p) => caseList({ filter: 'COMPLETED' }, dayView(p.day))),
          ]}
          option={{
            legend: { top: 0 },
            xAxis: { type: 'category', data: dashboard.trend.map((p) => p.day.slice(5)) },
            yAxis: { type: 'value', minInterval: 1 },
            series: [
              { name: '评价量', type: 'line', data: dashboard.trend.map((p) => p.evaluations) },
              { name: '差评量', type: 'line', data: dashboard.trend.map((p) => p.bad) },
              { name: '申请量', type: 'line', data: dashboard.trend.map((p) => p.applied) },
              { name: '办结量', type: 'line', data: dashboard.trend.map((p) => p.completed) },
            ],
          }}
        />
        <DataTable
          caption="每日趋势"
          head={['日期', '评价量', '差评量', '申请量', '办结量']}
          rows={dashboard.trend.map((p) => [
            p.day,
            <Link key="e" href={list(dayView(p.day))}>
              {p.evaluations}
            </Link>,
            <Link key="b" href={list({ ...dayView(p.day), filter: 'BAD' })}>
              {p.bad}
            </Link>,
            <Link key="a" href={caseList({ filter: 'APPLIED' }, dayView(p.day))}>
              {p.applied}
            </Link>,
            <Link key="c" href={caseList({ filter: 'COMPLETED' }, dayView(p.day))}>
              {p.completed}
            </Link>,
          ])}
        />
      </section>

      <div className="dashboard-grid">
        <section className="dashboard-panel" aria-labelledby="levels-title">
          <h2 id="levels-title">评价等级</h2>
          <EChart
            label="本期与上期五个评价等级的数量柱状图"
            option={{
              legend: { top: 0 },
              xAxis: {
                type: 'category',
                // every level named, on two lines where it is long (非常\n不满意), never cut inside a word
                data: LEVEL_ENUMS.map((level) => twoLines(EVALUATION_LEVEL_LABELS[level])),
                axisLabel: { interval: 0, lineHeight: 14 },
              },
              yAxis: { type: 'value', minInterval: 1 },
              series: [
                { name: '本期', type: 'bar', data: LEVELS.map((key) => overall[key]) },
                { name: '上期', type: 'bar', data: LEVELS.map((key) => previous[key]) },
              ],
            }}
          />
          <DataTable
            caption="评价等级"
            head={['等级', '本期', '上期']}
            rows={LEVELS.map((key, i) => [
              EVALUATION_LEVEL_LABELS[LEVEL_ENUMS[i]!],
              overall[key],
              previous[key],
            ])}
          />
        </section>

        <section className="dashboard-panel" aria-labelledby="sources-title">
          <h2 id="sources-title">办件来源</h2>
          <EChart
            label="本期与上期按来源的申请办件数柱状图，点击本期的柱子查看该来源的办件"
            links={[cases.appliedBySource.map((s) => caseList({ filter: 'APPLIED', source: s.source }))]}
            option={{
              legend: { top: 0 },
              xAxis: {
                type: 'category',
                data: cases.appliedBySource.map((s) => CASE_SOURCE_LABELS[s.source]),
              },
              yAxis: { type: 'value', minInterval: 1 },
              series: [
                { name: '本期', type: 'bar', data: cases.appliedBySource.map((s) => s.count) },
                { name: '上期', type: 'bar', data: previousCases.appliedBySource.map((s) => s.count) },
              ],
            }}
          />
          <DataTable
            caption="办件来源"
            head={['来源', '本期', '上期']}
            rows={cases.appliedBySource.map((s, i) => [
              CASE_SOURCE_LABELS[s.source],
              <Link key="n" href={caseList({ filter: 'APPLIED', source: s.source })}>
                {s.count}
              </Link>,
              previousCases.appliedBySource[i]?.count ?? 0,
            ])}
          />
        </section>
      </div>

      <section className="dashboard-panel" aria-labelledby="departments-title">
        <h2 id="departments-title">各部门</h2>
        <EChart
          label="各部门本期差评率柱状图，点击柱子查看该部门的差评"
          height={Math.max(200, 48 * dashboard.byDepartment.length + 60)}
          links={[departmentLinks]}
          option={{
            tooltip: { trigger: 'axis' },
            grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
            xAxis: {
              type: 'value',
              max: 100,
              interval: 25,
              axisLabel: { formatter: '{value}%', hideOverlap: true },
            },
            yAxis: {
              type: 'category',
              // department names on lines of at most 7 characters, of even length (no line of one
              // character: CJK has no spaces for ECharts to break at)
              data: dashboard.byDepartment.map((row) => evenLines(row.department.name, 7)),
              inverse: true,
              axisLabel: { width: 88, overflow: 'breakAll', lineHeight: 14 },
            },
            series: [
              {
                name: '差评率',
                type: 'bar',
                data: dashboard.byDepartment.map((row) => Math.round((row.current.badRate ?? 0) * 1000) / 10),
              },
            ],
          }}
        />
        <ScrollRegion label="各部门指标" minWidth={640}>
          <table className="dashboard-table">
            <caption className="visually-hidden">各部门指标</caption>
            <thead>
              <tr>
                <th scope="col">部门</th>
                <th scope="col">评价总量</th>
                <th scope="col">好评率</th>
                <th scope="col">差评率</th>
                <th scope="col">上期差评率</th>
                <th scope="col">按时回复率</th>
                <th scope="col">超期回复</th>
                <th scope="col">申请</th>
                <th scope="col">办结</th>
                <th scope="col">按时办结率</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.byDepartment.map((row) => (
                <tr key={row.department.id}>
                  <th scope="row" className="dashboard-table__text">
                    <Link href={`/dashboard?${viewQuery({ ...view, department: row.department.id })}`}>
                      <NameText text={row.department.name} />
                    </Link>
                  </th>
                  <td>
                    <Link href={list({ department: row.department.id })}>{row.current.total}</Link>
                  </td>
                  <td>{formatRate(row.current.goodRate)}</td>
                  <td>
                    <Link
                      href={list({ department: row.department.id, filter: 'BAD' })}
                      aria-label={`${row.department.name} 差评率 ${formatRate(row.current.badRate)}，查看差评`}
                    >
                      {formatRate(row.current.badRate)}
                    </Link>
                  </td>
                  <td>{formatRate(row.previous.badRate)}</td>
                  <td>{formatRate(row.current.onTimeReplyRate)}</td>
                  <td>
                    <Link href={list({ department: row.department.id, filter: 'OVERDUE' })}>
                      {row.current.overdue}
                    </Link>
                  </td>
                  <td>
                    <Link href={caseList({ filter: 'APPLIED' }, { department: row.department.id })}>
                      {row.cases.applied}
                    </Link>
                  </td>
                  <td>
                    <Link href={caseList({ filter: 'COMPLETED' }, { department: row.department.id })}>
                      {row.cases.completed}
                    </Link>
                  </td>
                  <td>{formatRate(row.cases.onTimeCompletionRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      <section className="dashboard-panel" aria-labelledby="items-title">
        <h2 id="items-title">各事项 · 办件时效</h2>
        <ScrollRegion label="各事项的评价与办件时效" minWidth={640}>
          <table className="dashboard-table">
            <caption className="visually-hidden">各事项的评价与办件时效</caption>
            <thead>
              <tr>
                <th scope="col">事项</th>
                <th scope="col" className="dashboard-table__text">
                  部门
                </th>
                <th scope="col">评价总量</th>
                <th scope="col">差评率</th>
                <th scope="col">申请</th>
                <th scope="col">办结</th>
                <th scope="col">用时中位数</th>
                <th scope="col">用时 P90</th>
                <th scope="col">超承诺时限</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.byItem.map((row) => (
                <tr key={row.item.id}>
                  <th scope="row" className="dashboard-table__text">
                    <NameText text={row.item.name} />
                  </th>
                  <td className="dashboard-table__text">
                    <NameText text={row.item.department.name} />
                  </td>
                  <td>
                    <Link href={list({ item: row.item.id })}>{row.current.total}</Link>
                  </td>
                  <td>{formatRate(row.current.badRate)}</td>
                  <td>
                    <Link href={caseList({ filter: 'APPLIED' }, { item: row.item.id })}>
                      {row.cases.applied}
                    </Link>
                  </td>
                  <td>
                    <Link href={caseList({ filter: 'COMPLETED' }, { item: row.item.id })}>
                      {row.cases.completed}
                    </Link>
                  </td>
                  <td>{days(row.cases.medianWorkingDays)}</td>
                  <td>{days(row.cases.p90WorkingDays)}</td>
                  <td>
                    <Link href={caseList({ filter: 'PAST_PROMISE' }, { item: row.item.id })}>
                      {row.cases.completedPastPromise}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <p className="dashboard-note">
          用时按工作日计（受理日次日起至办结日），节假日与调休依国务院办公厅公布的{' '}
          {dashboard.workCalendarYears.join('、')} 年部分节假日安排。
        </p>
      </section>

      <div className="dashboard-grid">
        <section className="dashboard-panel" aria-labelledby="status-title">
          <h2 id="status-title">办件状态（当前）</h2>
          <DataTable
            caption="办件状态"
            head={['状态', '件数']}
            rows={dashboard.casesByStatus.map((s) => [
              CASE_STATUS_LABELS[s.status],
              <Link key="n" href={caseList({ filter: 'IN_STATUS', status: s.status })}>
                {s.count}
              </Link>,
            ])}
          />
        </section>
        <section className="dashboard-panel" aria-labelledby="scores-title">
          <h2 id="scores-title">评价维度平均分</h2>
          <DataTable
            caption="评价维度平均分（1–5 分）"
            head={['维度', '平均分', '评分数']}
            rows={dashboard.dimensionScores.map((s) => [
              EVALUATION_DIMENSION_LABELS[s.dimension],
              s.average.toFixed(2),
              s.count,
            ])}
          />
        </section>
      </div>
    </>
  );
}

/** A label longer than four characters on two lines, its last three on the second (a bar is ~50 px on a phone). */
const twoLines = (label: string) => (label.length > 4 ? `${label.slice(0, -3)}\n${label.slice(-3)}` : label);

/** A label cut into the fewest lines of at most `max` characters, the lines as even as they can be. */
const evenLines = (label: string, max: number) => {
  const lines = Math.ceil(label.length / max);
  const size = Math.ceil(label.length / lines);
  return Array.from({ length: lines }, (_, i) => label.slice(i * size, (i + 1) * size)).join('\n');
};

const days = (value: number | null) => (value === null ? '—' : `${value} 个工作日`);
