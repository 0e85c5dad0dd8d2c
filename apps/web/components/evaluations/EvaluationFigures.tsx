import { graphql, useFragment, type FragmentType } from '@/gql';
import type { EvaluationFigures_RowFragment as FigureRow } from '@/gql/graphql';
import { formatRate } from '@/lib/format';
import { NameText } from '@/components/layout/NameText';
import { ScrollRegion } from '@/components/layout/ScrollRegion';

export const EvaluationFigures_RowFragment = graphql(`
  fragment EvaluationFigures_Row on EvaluationFigureRow {
    department {
      id
      name
    }
    total
    active
    defaults
    bad
    goodRate
    badRate
    replyRate
    onTimeReplyRate
    overdue
    excludedByAppeal
  }
`);

/** The national figures, in the order offices publish them. */
const FIGURES = [
  { key: 'total', label: '评价总量', value: (row: FigureRow) => String(row.total) },
  { key: 'active', label: '主动评价量', value: (row: FigureRow) => String(row.active) },
  { key: 'goodRate', label: '好评率', value: (row: FigureRow) => formatRate(row.goodRate) },
  { key: 'badRate', label: '差评率', value: (row: FigureRow) => formatRate(row.badRate) },
  { key: 'replyRate', label: '回复率', value: (row: FigureRow) => formatRate(row.replyRate) },
  { key: 'onTimeReplyRate', label: '按时回复率', value: (row: FigureRow) => formatRate(row.onTimeReplyRate) },
  { key: 'overdue', label: '超期回复', value: (row: FigureRow) => String(row.overdue) },
] as const;

/** The per-department table's figure columns: the published ones, then the counts behind them. */
const COLUMNS = [
  ...FIGURES,
  { key: 'defaults', label: '系统默认评价', value: (row: FigureRow) => String(row.defaults) },
  { key: 'bad', label: '差评数', value: (row: FigureRow) => String(row.bad) },
  {
    key: 'excludedByAppeal',
    label: '申诉成立（不计入）',
    value: (row: FigureRow) => String(row.excludedByAppeal),
  },
] as const;

/**
 * 评价统计: the overall figures as cards, then one table row per department. Plain server-rendered HTML (no
 * script); the table scrolls inside its region on phones.
 */
export function EvaluationFigures(props: {
  overall: FragmentType<typeof EvaluationFigures_RowFragment>;
  byDepartment: FragmentType<typeof EvaluationFigures_RowFragment>[];
}) {
  const overall = useFragment(EvaluationFigures_RowFragment, props.overall);
  const rows = useFragment(EvaluationFigures_RowFragment, props.byDepartment);
  return (
    <>
      <ul className="figure-cards" data-testid="evaluation-figures">
        {FIGURES.map((figure) => (
          <li key={figure.key} className="figure-card" data-testid={`figure-${figure.key}`}>
            <span className="figure-card__label">{figure.label}</span>
            <span className="figure-card__value">{figure.value(overall)}</span>
          </li>
        ))}
      </ul>
      <ScrollRegion label="各部门评价统计" minWidth={760}>
        <table className="dashboard-table figures-table" data-testid="department-figures">
          <thead>
            <tr>
              <th scope="col">部门</th>
              {COLUMNS.map((column) => (
                <th key={column.key} scope="col">
                  {/* Eleven columns fit 1024 px when long headings wrap, between words only. */}
                  <NameText text={column.label} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.department?.id ?? 'overall'}>
                <th scope="row" className="dashboard-table__text">
                  {row.department ? <NameText text={row.department.name} /> : null}
                </th>
                {COLUMNS.map((column) => (
                  <td key={column.key}>{column.value(row)}</td>
                ))}
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={COLUMNS.length + 1} className="data-table__empty">
                  所选期间暂无评价。
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
