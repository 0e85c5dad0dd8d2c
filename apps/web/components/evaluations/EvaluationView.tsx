import { graphql, useFragment, type FragmentType } from '@/gql';
import { formatDateTime, formatDeadlineDay } from '@/lib/format';
import {
  EVALUATION_CHANNEL_LABELS,
  EVALUATION_DIMENSION_LABELS,
  EVALUATION_LEVEL_LABELS,
} from '@/lib/labels';
import { FieldGrid } from '@/components/layout/FieldGrid';
import { STARS, STAR_PATH } from '@/components/form/StarRating';

const EvaluationView_NoteFragment = graphql(`
  fragment EvaluationView_Note on EvaluationNote {
    body
    author
    createdAt
  }
`);

export const EvaluationView_EvaluationFragment = graphql(`
  fragment EvaluationView_Evaluation on Evaluation {
    id
    level
    isBad
    comment
    channel
    isDefault
    submittedAt
    dimensionScores {
      dimension
      score
    }
    replyDueAt
    replyOverdue
    excludedFromFigures
    reply {
      ...EvaluationView_Note
    }
    callbacks {
      ...EvaluationView_Note
    }
    rectifications {
      ...EvaluationView_Note
    }
    followUp {
      ...EvaluationView_Note
    }
  }
`);

function NoteBlock(props: {
  title: string;
  note: FragmentType<typeof EvaluationView_NoteFragment> | null | undefined;
  testId: string;
}) {
  const note = useFragment(EvaluationView_NoteFragment, props.note);
  if (!note) return null;
  return (
    <section className="evaluation-note" data-testid={props.testId}>
      <h2 className="evaluation-note__title">
        {props.title}
        <span className="evaluation-note__meta">
          {note.author} · {formatDateTime(note.createdAt)}
        </span>
      </h2>
      <p className="evaluation-note__body">{note.body}</p>
    </section>
  );
}

/** A given score as filled and empty stars, named 「办事效率 4 星」. */
function StarScore({ label, score }: { label: string; score: number }) {
  return (
    <span role="img" aria-label={`${label} ${score} 星`} className="star-score">
      {STARS.map((star) => (
        <svg
          key={star}
          viewBox="0 0 24 24"
          aria-hidden="true"
          className={star <= score ? 'star-score--on' : undefined}
        >
          <path d={STAR_PATH} />
        </svg>
      ))}
    </span>
  );
}

/**
 * 查看评价: the grade, dimension scores, comment, time and channel (系统默认评价 when the system gave it), then
 * the department's reply, 回访 and 整改 notes and the applicant's 追评 when there are any.
 */
export function EvaluationView(props: {
  evaluation: FragmentType<typeof EvaluationView_EvaluationFragment>;
}) {
  const evaluation = useFragment(EvaluationView_EvaluationFragment, props.evaluation);
  const bad = evaluation.isBad;
  return (
    <div data-testid="evaluation-view">
      <FieldGrid
        className="field-grid--one evaluation-descriptions"
        items={[
          {
            key: 'level',
            label: '总体评价',
            children: (
              <span data-testid="evaluation-level">
                <span
                  className={`status-tag status-tag--${bad ? 'red' : evaluation.level === 'BASIC' ? 'default' : 'green'}`}
                >
                  {EVALUATION_LEVEL_LABELS[evaluation.level]}
                </span>
                {evaluation.isDefault && <span className="status-tag status-tag--orange">系统默认评价</span>}
                {evaluation.excludedFromFigures && (
                  <span className="status-tag status-tag--default">申诉成立，不计入统计</span>
                )}
              </span>
            ),
          },
          ...evaluation.dimensionScores.map((score) => ({
            key: `dimension-${score.dimension}`,
            label: EVALUATION_DIMENSION_LABELS[score.dimension],
            children: <StarScore label={EVALUATION_DIMENSION_LABELS[score.dimension]} score={score.score} />,
          })),
          {
            key: 'comment',
            label: '评价内容',
            children: (
              <span style={{ whiteSpace: 'pre-wrap' }} data-testid="evaluation-comment">
                {evaluation.comment ||
                  (evaluation.isDefault ? '用户未在7个自然日内评价，系统默认中评。' : '—')}
              </span>
            ),
          },
          { key: 'submittedAt', label: '评价时间', children: formatDateTime(evaluation.submittedAt) },
          { key: 'channel', label: '评价渠道', children: EVALUATION_CHANNEL_LABELS[evaluation.channel] },
          ...(bad && evaluation.replyDueAt && !evaluation.reply
            ? [
                {
                  key: 'replyDueAt',
                  label: '部门回复期限',
                  children: `${formatDeadlineDay(evaluation.replyDueAt)} 24:00 前（北京时间）`,
                },
              ]
            : []),
        ]}
      />
      <NoteBlock
        title={evaluation.replyOverdue ? '部门回复（超期回复）' : '部门回复'}
        note={evaluation.reply}
        testId="evaluation-reply"
      />
      {evaluation.callbacks.map((note, index) => (
        <NoteBlock key={`callback-${index}`} title="回访情况" note={note} testId="evaluation-callback" />
      ))}
      {evaluation.rectifications.map((note, index) => (
        <NoteBlock
          key={`rectification-${index}`}
          title="整改情况"
          note={note}
          testId="evaluation-rectification"
        />
      ))}
      <NoteBlock title="追评" note={evaluation.followUp} testId="evaluation-follow-up" />
    </div>
  );
}
