'use client';

import Link from 'next/link';
import { Table, Tag, type TableColumnsType } from 'antd';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { EvaluationTaskTable_EvaluationFragment as TaskRow } from '@/gql/graphql';
import { formatDateTime, formatDeadlineDay } from '@/lib/format';
import { EVALUATION_LEVEL_LABELS, EVALUATION_REPLY_STATE_LABELS } from '@/lib/labels';
import { NameText } from '@/components/layout/NameText';

export const EvaluationTaskTable_EvaluationFragment = graphql(`
  fragment EvaluationTaskTable_Evaluation on Evaluation {
    id
    level
    comment
    submittedAt
    replyDueAt
    replyState
    replyOverdue
    reply {
      createdAt
    }
    case {
      id
      businessNumber
      item {
        name
      }
    }
  }
`);

const STATE_COLORS = { PENDING: 'blue', DUE_SOON: 'orange', OVERDUE: 'red', REPLIED: 'green' } as const;

const columns: TableColumnsType<TaskRow> = [
  {
    title: '业务编号',
    key: 'businessNumber',
    render: (_, row) => (
      <>
        <span className="task-table__number">{row.case.businessNumber}</span>
        {/* On a phone the hidden columns' essentials go under the number. */}
        <span className="only-phone">
          <br />
          {row.case.item.name}
          <br />
          <Tag color="red">{EVALUATION_LEVEL_LABELS[row.level]}</Tag>
        </span>
      </>
    ),
  },
  {
    title: '审批事项',
    key: 'item',
    responsive: ['md'],
    render: (_, row) => <NameText text={row.case.item.name} />,
  },
  {
    title: '评价',
    key: 'level',
    width: 100,
    responsive: ['md'],
    render: (_, row) => <Tag color="red">{EVALUATION_LEVEL_LABELS[row.level]}</Tag>,
  },
  {
    title: '评价内容',
    key: 'comment',
    width: 200,
    ellipsis: true,
    responsive: ['lg'],
    render: (_, row) => row.comment,
  },
  {
    title: '评价时间',
    key: 'submittedAt',
    width: 170,
    responsive: ['lg'],
    render: (_, row) => formatDateTime(row.submittedAt),
  },
  {
    title: '回复期限',
    key: 'replyDueAt',
    width: 120,
    render: (_, row) => (
      <span>
        {formatDeadlineDay(row.replyDueAt)} 24:00
        <br />
        {row.replyState && (
          <Tag color={STATE_COLORS[row.replyState]}>
            {row.replyOverdue && row.replyState === 'REPLIED'
              ? '超期回复'
              : EVALUATION_REPLY_STATE_LABELS[row.replyState]}
          </Tag>
        )}
      </span>
    ),
  },
  {
    title: '操作',
    key: 'actions',
    width: 64,
    render: (_, row) => (
      <Link href={`/staff/department/evaluations/${encodeURIComponent(row.id)}`}>
        {row.reply ? '查看' : '回复'}
      </Link>
    ),
  },
];

/** The department's bad reviews of one queue tab, earliest reply deadline first. */
export function EvaluationTaskTable(props: {
  evaluations: FragmentType<typeof EvaluationTaskTable_EvaluationFragment>[];
  emptyText: string;
}) {
  const rows = useFragment(EvaluationTaskTable_EvaluationFragment, props.evaluations);
  return (
    <div data-testid="evaluation-task-table">
      <Table<TaskRow>
        rowKey="id"
        columns={columns}
        dataSource={[...rows]}
        pagination={false}
        locale={{ emptyText: props.emptyText }}
        tableLayout="fixed"
      />
    </div>
  );
}
