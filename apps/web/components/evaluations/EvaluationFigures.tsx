'use client';

import { Card, Statistic, Table, type TableColumnsType } from 'antd';
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

const columns: TableColumnsType<FigureRow> = [
  {
    title: '部门',
    key: 'department',
    className: 'figures-department',
    render: (_, row) => (row.department ? <NameText text={row.department.name} /> : null),
  },
  ...FIGURES.map((figure) => ({
    title: figure.label,
    key: figure.key,
    align: 'right' as const,
    render: (_: unknown, row: FigureRow) => figure.value(row),
  })),
  { title: '系统默认评价', key: 'defaults', align: 'right', render: (_, row) => row.defaults },
  { title: '差评数', key: 'bad', align: 'right', render: (_, row) => row.bad },
  {
    title: '申诉成立（不计入）',
    key: 'excludedByAppeal',
    align: 'right',
    render: (_, row) => row.excludedByAppeal,
  },
];

/** 评价统计: the overall figures as cards, then one table row per department. */
export function EvaluationFigures(props: {
  overall: FragmentType<typeof EvaluationFigures_RowFragment>;
  byDepartment: FragmentType<typeof EvaluationFigures_RowFragment>[];
}) {
  const overall = useFragment(EvaluationFigures_RowFragment, props.overall);
  const rows = useFragment(EvaluationFigures_RowFragment, props.byDepartment);
  return (
    <>
      <div className="figure-cards" data-testid="evaluation-figures">
        {FIGURES.map((figure) => (
          <Card key={figure.key} size="small" data-testid={`figure-${figure.key}`}>
            <Statistic title={figure.label} value={figure.value(overall)} />
          </Card>
        ))}
      </div>
      <ScrollRegion label="各部门评价统计" minWidth={760}>
        <Table<FigureRow>
          data-testid="department-figures"
          rowKey={(row) => row.department?.id ?? 'overall'}
          columns={columns}
          dataSource={[...rows]}
          pagination={false}
          size="small"
          locale={{ emptyText: '所选期间暂无评价。' }}
        />
      </ScrollRegion>
    </>
  );
}
