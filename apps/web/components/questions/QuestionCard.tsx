import { graphql, useFragment, type FragmentType } from '@/gql';
import { formatDateTime, formatDeadlineDay } from '@/lib/format';
import { QUESTION_KIND_LABELS, QUESTION_STATE_LABELS } from '@/lib/labels';

export const QuestionCard_QuestionFragment = graphql(`
  fragment QuestionCard_Question on Question {
    id
    kind
    body
    askedAt
    answerDueAt
    state
    answer
    answeredAt
    item {
      id
      name
    }
    department {
      name
    }
  }
`);

/**
 * One 咨询 or 投诉 as its asker and the department read it: the item, the text, when asked, the deadline, and
 * the answer once given (server-rendered, no script). `heading` is the card title's level on the page.
 */
export function QuestionCard(props: {
  question: FragmentType<typeof QuestionCard_QuestionFragment>;
  heading?: 'h2' | 'h3';
  children?: React.ReactNode;
}) {
  const question = useFragment(QuestionCard_QuestionFragment, props.question);
  const Heading = props.heading ?? 'h2';
  return (
    <article className="notification-card question-card" data-testid="question">
      <div className="notification-card__head">
        <Heading className="notification-card__title">
          <span className={`question-card__kind question-card__kind--${question.kind.toLowerCase()}`}>
            {QUESTION_KIND_LABELS[question.kind]}
          </span>
          {question.item.name}
        </Heading>
        <span className={`question-card__state question-card__state--${question.state.toLowerCase()}`}>
          {QUESTION_STATE_LABELS[question.state]}
        </span>
      </div>
      <dl className="question-card__meta">
        <div>
          <dt>受理部门</dt>
          <dd>{question.department.name}</dd>
        </div>
        <div>
          <dt>提交时间</dt>
          <dd>{formatDateTime(question.askedAt)}</dd>
        </div>
        <div>
          <dt>答复期限</dt>
          <dd>{formatDeadlineDay(question.answerDueAt)} 24:00</dd>
        </div>
      </dl>
      <p className="notification-card__body question-card__body">{question.body}</p>
      {question.answer ? (
        <div className="question-card__answer" data-testid="question-answer">
          <div className="question-card__answer-head">部门答复（{formatDateTime(question.answeredAt!)}）</div>
          <p>{question.answer}</p>
        </div>
      ) : null}
      {props.children}
    </article>
  );
}
