import type { Metadata } from 'next';
import { QueueTabs } from '@/components/staff/QueueTabs';
import { ListPager } from '@/components/evaluations/ListPager';
import { AnswerQuestionForm } from '@/components/questions/AnswerQuestionForm';
import { QuestionCard } from '@/components/questions/QuestionCard';
import { graphql } from '@/gql';
import { QUESTION_STATE_LABELS, QUESTION_STATES } from '@/lib/labels';
import {
  nextQuestionQueueHref,
  parseQuestionQueueParams,
  previousQuestionQueueHref,
  questionQueueHref,
} from '@/lib/question-queue-params';
import { requireStaff } from '@/lib/staff';
import { serverQuery } from '@/lib/urql-server';
import { getViewer } from '@/lib/viewer';
import { PageTitle } from '@/components/layout/PageTitle';
import { answerQuestionAction } from './actions';

export const metadata: Metadata = {
  title: '咨询投诉',
  description: '咨询投诉：群众就本部门事项提出的咨询和投诉，按答复期限分为待答复、已超期和已答复，逐条答复。',
};

const PAGE_SIZE = 10;

const DepartmentQuestionsQuery = graphql(`
  query DepartmentQuestions($state: QuestionState, $first: Int!, $after: String) {
    questionRules {
      answerMaxLength
      answerWorkingDays
    }
    departmentQuestions(state: $state, first: $first, after: $after) {
      nodes {
        id
        askerName
        answer
        ...QuestionCard_Question
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
      stateCounts {
        state
        count
      }
    }
  }
`);

const EMPTY_TEXTS = {
  PENDING: '暂无待答复的咨询或投诉。',
  OVERDUE: '暂无超期未答复的咨询或投诉。',
  ANSWERED: '暂无已答复的咨询或投诉。',
} as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 咨询投诉: the department's questions and complaints by tab (待答复, 已超期, 已答复), each unanswered one with 答复. */
export default async function DepartmentQuestionsPage({ searchParams }: Props) {
  // Layouts and pages render in parallel: without the role, render nothing (the layout shows 403).
  if (!(await requireStaff('DEPARTMENT_STAFF', '/staff/department/questions'))) return null;
  const params = parseQuestionQueueParams(await searchParams);
  const viewer = await getViewer();
  const { questionRules, departmentQuestions: questions } = await serverQuery(DepartmentQuestionsQuery, {
    state: params.state,
    first: PAGE_SIZE,
    after: params.after ?? null,
  });
  const counts = new Map(questions.stateCounts.map((entry) => [entry.state, entry.count]));
  const next =
    questions.pageInfo.hasNextPage && questions.pageInfo.endCursor
      ? nextQuestionQueueHref(params, questions.pageInfo.endCursor)
      : undefined;

  return (
    <>
      <PageTitle extra={viewer?.department?.name}>咨询投诉</PageTitle>
      <p className="text-secondary">
        群众就本部门事项提出的咨询和投诉须在提交之日起 {questionRules.answerWorkingDays}{' '}
        个工作日内（按法定节假日和调休安排计算，截止当日24:00，北京时间）答复；逾期未答复的列为“已超期”。
      </p>
      <QueueTabs
        label="咨询投诉状态"
        states={QUESTION_STATES}
        labels={QUESTION_STATE_LABELS}
        current={params.state}
        counts={counts}
        href={questionQueueHref}
      />
      {questions.nodes.length === 0 ? (
        <p className="notification-list__empty">{EMPTY_TEXTS[params.state]}</p>
      ) : (
        <div className="question-list" data-testid="department-questions">
          {questions.nodes.map((question) => (
            <QuestionCard key={question.id} question={question}>
              <p className="text-secondary">提问人：{question.askerName}</p>
              {!question.answer && (
                <AnswerQuestionForm
                  questionId={question.id}
                  answerMaxLength={questionRules.answerMaxLength}
                  answer={answerQuestionAction}
                />
              )}
            </QuestionCard>
          ))}
        </div>
      )}
      <ListPager
        totalCount={questions.totalCount}
        unit="条"
        previousHref={previousQuestionQueueHref(params)}
        nextHref={next}
      />
    </>
  );
}
