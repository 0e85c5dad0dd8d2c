import Link from 'next/link';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { EvaluationTaskTable_EvaluationFragment as TaskRow } from '@/gql/graphql';
import { formatDeadlineDay } from '@/lib/format';
import { EVALUATION_LEVEL_LABELS, EVALUATION_REPLY_STATE_LABELS } from '@/lib/labels';
import { CaseListTable, type CaseColumn } from '@/components/cases/CaseListTable';
import { NameText } from '@/components/layout/NameText';
import { ToneTag } from '@/components/layout/ToneTag';
import { DateTimeText } from '@/components/layout/DateTimeText';

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

const STATE_TONES = { PENDING: 'blue', DUE_SOON: 'orange', OVERDUE: 'red', REPLIED: 'green' } as const;

/** A review's reply state as its tag: 超期回复 for a reply sent after the deadline. */
export function ReplyStateTag(props: { state: TaskRow['replyState']; overdue: boolean }) {
  if (!props.state) return null;
  return (
    <ToneTag tone={STATE_TONES[props.state]}>
      {props.overdue && props.state === 'REPLIED' ? '超期回复' : EVALUATION_REPLY_STATE_LABELS[props.state]}
    </ToneTag>
  );
}

const columns: CaseColumn<TaskRow>[] = [
  { key: 'businessNumber', title: '业务编号', nowrap: true, cell: (row) => row.case.businessNumber },
  { key: 'item', title: '审批事项', cell: (row) => <NameText text={row.case.item.name} /> },
  {
    key: 'level',
    title: '评价',
    nowrap: true,
    cell: (row) => <ToneTag tone="red">{EVALUATION_LEVEL_LABELS[row.level]}</ToneTag>,
  },
  {
    key: 'comment',
    title: '评价内容',
    cell: (row) => (
      <span className="task-table__comment" title={row.comment ?? undefined}>
        {row.comment || '—'}
      </span>
    ),
  },
  { key: 'submittedAt', title: '评价时间', cell: (row) => <DateTimeText value={row.submittedAt} /> },
  {
    key: 'replyDueAt',
    title: '回复期限',
    nowrap: true,
    cell: (row) => (
      <>
        {formatDeadlineDay(row.replyDueAt)} 24:00
        <br />
        <ReplyStateTag state={row.replyState} overdue={row.replyOverdue} />
      </>
    ),
  },
  {
    key: 'actions',
    title: '操作',
    nowrap: true,
    cell: (row) => (
      <Link href={`/staff/department/evaluations/${encodeURIComponent(row.id)}`}>
        {row.reply ? '查看' : '回复'}
      </Link>
    ),
  },
];

/**
 * The department's bad reviews of one queue tab, earliest reply deadline first: a plain server-rendered table
 * (cards on phones, components/cases/CaseListTable), no script.
 */
export function EvaluationTaskTable(props: {
  evaluations: FragmentType<typeof EvaluationTaskTable_EvaluationFragment>[];
  emptyText: string;
}) {
  const rows = useFragment(EvaluationTaskTable_EvaluationFragment, props.evaluations);
  return (
    <CaseListTable
      testId="evaluation-task-table"
      label="差评列表"
      columns={columns}
      rows={rows}
      emptyText={props.emptyText}
    />
  );
}
