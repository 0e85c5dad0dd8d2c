import type { Metadata } from 'next';
import Link from 'next/link';
import { ListPager } from '@/components/evaluations/ListPager';
import { QuestionCard } from '@/components/questions/QuestionCard';
import { graphql } from '@/gql';
import { pagingLinks, parsePaging, type SearchParams } from '@/lib/cursor-paging';
import { serverQuery } from '@/lib/urql-server';
import { PageTitle } from '@/components/layout/PageTitle';

export const metadata: Metadata = { title: '咨询投诉' };

const PAGE_SIZE = 20;

const MyQuestionsQuery = graphql(`
  query MyQuestionsPage($first: Int!, $after: String) {
    questionRules {
      answerWorkingDays
    }
    me {
      id
      questions(first: $first, after: $after) {
        nodes {
          id
          ...QuestionCard_Question
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
    }
  }
`);

/** 我的互动 → 咨询投诉: the person's 咨询 and 投诉, newest first, with each department's answer. */
export default async function MyQuestionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const paging = parsePaging(await searchParams);
  const { me, questionRules } = await serverQuery(MyQuestionsQuery, {
    first: PAGE_SIZE,
    after: paging.after ?? null,
  });
  if (!me) return null; // the layout has already redirected
  const { questions } = me;
  const links = pagingLinks('/personal/questions', paging, questions.pageInfo);
  return (
    <>
      <PageTitle>咨询投诉</PageTitle>
      <p className="text-secondary">
        就办事事项向实施部门咨询或投诉，部门在 {questionRules.answerWorkingDays}{' '}
        个工作日内（截止当日24:00，北京时间）答复；答复后通过消息通知和短信告知您。
      </p>
      <div className="question-actions">
        <Link className="button button--primary" href="/personal/questions/new?kind=CONSULTATION">
          我要咨询
        </Link>
        <Link className="button" href="/personal/questions/new?kind=COMPLAINT">
          我要投诉
        </Link>
      </div>
      {questions.nodes.length === 0 ? (
        <p className="notification-list__empty">暂无咨询或投诉</p>
      ) : (
        <div className="question-list" data-testid="questions">
          {questions.nodes.map((question) => (
            <QuestionCard key={question.id} question={question} />
          ))}
        </div>
      )}
      <ListPager
        totalCount={questions.totalCount}
        unit="条"
        previousHref={links.previous}
        nextHref={links.next}
      />
    </>
  );
}
