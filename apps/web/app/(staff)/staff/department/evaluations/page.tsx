import type { Metadata } from 'next';
import { QueueTabs } from '@/components/staff/QueueTabs';
import { EvaluationTaskTable } from '@/components/evaluations/EvaluationTaskTable';
import { ListPager } from '@/components/evaluations/ListPager';
import { graphql } from '@/gql';
import {
  evaluationQueueHref,
  nextEvaluationQueueHref,
  parseEvaluationQueueParams,
  previousEvaluationQueueHref,
} from '@/lib/evaluation-queue-params';
import { EVALUATION_REPLY_STATES, EVALUATION_REPLY_STATE_LABELS } from '@/lib/labels';
import { requireStaff } from '@/lib/staff';
import { serverQuery } from '@/lib/urql-server';
import { getViewer } from '@/lib/viewer';
import { PageTitle } from '@/components/layout/PageTitle';

export const metadata: Metadata = {
  title: '差评回复',
  description: '差评回复：本部门收到的“不满意”“非常不满意”评价，按回复期限排列，回复、回访、整改与申诉。',
};

const PAGE_SIZE = 10;

const EvaluationTasksQuery = graphql(`
  query DepartmentEvaluationTasks($state: EvaluationReplyState, $first: Int!, $after: String) {
    departmentEvaluationTasks(state: $state, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          ...EvaluationTaskTable_Evaluation
        }
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
  PENDING: '暂无待回复的差评。',
  DUE_SOON: '暂无即将超期（3日内到期）的差评。',
  OVERDUE: '暂无已超期未回复的差评。',
  REPLIED: '暂无已回复的差评。',
} as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 差评回复: the department's bad reviews, by tab (待回复, 即将超期, 已超期, 已回复), with their deadlines. */
export default async function EvaluationQueuePage({ searchParams }: Props) {
  // Layouts and pages render in parallel: without the role, render nothing (the layout shows 403).
  if (!(await requireStaff('DEPARTMENT_STAFF', '/staff/department/evaluations'))) return null;
  const params = parseEvaluationQueueParams(await searchParams);
  const viewer = await getViewer();
  const { departmentEvaluationTasks: tasks } = await serverQuery(EvaluationTasksQuery, {
    state: params.state,
    first: PAGE_SIZE,
    after: params.after ?? null,
  });
  const counts = new Map(tasks.stateCounts.map((entry) => [entry.state, entry.count]));
  const next =
    tasks.pageInfo.hasNextPage && tasks.pageInfo.endCursor
      ? nextEvaluationQueueHref(params, tasks.pageInfo.endCursor)
      : undefined;

  return (
    <>
      <PageTitle extra={viewer?.department?.name}>差评回复</PageTitle>
      <p className="text-secondary">
        “不满意”“非常不满意”的评价须在评价之日起15个自然日内（截止当日24:00，北京时间）回复；3日内到期的列为“即将超期”。
      </p>
      <QueueTabs
        label="差评回复状态"
        states={EVALUATION_REPLY_STATES}
        labels={EVALUATION_REPLY_STATE_LABELS}
        current={params.state}
        counts={counts}
        href={evaluationQueueHref}
      />
      <EvaluationTaskTable
        evaluations={tasks.edges.map((edge) => edge.node)}
        emptyText={EMPTY_TEXTS[params.state]}
      />
      <ListPager
        totalCount={tasks.totalCount}
        unit="条"
        previousHref={previousEvaluationQueueHref(params)}
        nextHref={next}
      />
    </>
  );
}
