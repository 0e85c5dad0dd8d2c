import { onTimeReplyRateDefinition, RATE_DEFINITIONS } from '@hall/labels';
import { PageTitle } from '@/components/layout/PageTitle';
import { ScrollRegion } from '@/components/layout/ScrollRegion';
import { formatDateTime, formatRate } from '@/lib/format';
import { PUBLISHED_CACHE_SECONDS } from '@/lib/published-cache';
import type { PublishedFigures } from '@/lib/published-figures';

/**
 * 公示: each department's figures for the last month and year, public. Plain HTML: pages/gongshi.tsx ships
 * no script and renders it per request from the cached figures.
 */
export function PublishedFiguresView({ figures }: { figures: PublishedFigures }) {
  return (
    <div className="dashboard published">
      <PageTitle>好差评公示</PageTitle>
      <p className="dashboard-note">
        依据政务服务“好差评”制度公开各部门评价结果。数据每 {PUBLISHED_CACHE_SECONDS / 60} 分钟更新，统计时间{' '}
        {formatDateTime(figures.asOf)}（北京时间）。开放数据：<a href="/gongshi/figures.csv">CSV</a> ·{' '}
        <a href="/gongshi/figures.json">JSON</a>
      </p>
      <FigureTable
        title={`上月（${figures.monthFrom} 至 ${figures.monthTo}）`}
        rows={figures.month}
        id="month"
      />
      <FigureTable
        title={`近一年（${figures.yearFrom} 至 ${figures.yearTo}）`}
        rows={figures.year}
        id="year"
      />
      <p className="dashboard-note">{definitions(figures.replyWindowDays)}</p>
    </div>
  );
}

/** The published rates in words, the reply window from the API's rule (evaluationRules.replyWindowDays). */
function definitions(replyWindowDays: number) {
  const { goodRate, badRate, onTimeCompletionRate } = RATE_DEFINITIONS;
  const rates = [goodRate, badRate, onTimeReplyRateDefinition(replyWindowDays), onTimeCompletionRate];
  return `${rates.join('；')}。申诉成立的评价不计入。`;
}

function FigureTable(props: { title: string; rows: PublishedFigures['month']; id: string }) {
  return (
    <section className="dashboard-panel" aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <ScrollRegion label={`${props.title}各部门数据表`} minWidth={640}>
        <table className="dashboard-table">
          <thead>
            <tr>
              <th scope="col">部门</th>
              <th scope="col">评价总量</th>
              <th scope="col">好评率</th>
              <th scope="col">差评率</th>
              <th scope="col">按时回复率</th>
              <th scope="col">按时办结率</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.length === 0 && (
              <tr>
                <td colSpan={6} className="data-table__empty">
                  该期间暂无数据
                </td>
              </tr>
            )}
            {props.rows.map((row) => (
              <tr key={row.department.id}>
                <th scope="row">{row.department.name}</th>
                <td>{row.total}</td>
                <td>{formatRate(row.goodRate)}</td>
                <td>{formatRate(row.badRate)}</td>
                <td>{formatRate(row.onTimeReplyRate)}</td>
                <td>{formatRate(row.onTimeCompletionRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
