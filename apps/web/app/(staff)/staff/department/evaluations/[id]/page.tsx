import type { Metadata } from 'next';
import Link from 'next/link';
import { DepartmentEvaluationActions } from '@/components/evaluations/DepartmentEvaluationActions';
import { EvaluationView } from '@/components/evaluations/EvaluationView';
import { graphql } from '@/gql';
import { evaluationQueueHref } from '@/lib/evaluation-queue-params';
import { formatDateTime, formatDeadlineDay } from '@/lib/format';
import { CASE_SOURCE_LABELS, EVALUATION_APPEAL_STATUS_LABELS } from '@/lib/labels';
import { loadNodeOrNotFound } from '@/lib/load-node';
import { getEvaluationRules } from '@/lib/evaluation-rules';
import { requireStaff } from '@/lib/staff';
import { ReplyStateTag } from '@/components/evaluations/EvaluationTaskTable';
import { FieldGrid } from '@/components/layout/FieldGrid';
import { Notice } from '@/components/layout/Notice';
import { PageTitle } from '@/components/layout/PageTitle';
import {
  fileEvaluationAppealAction,
  recordEvaluationCallbackAction,
  recordEvaluationRectificationAction,
  replyToEvaluationAction,
} from './actions';

export const metadata: Metadata = {
  title: '差评处理',
  description: '差评处理：查看差评及其回复期限，回复、记录回访与整改，或提出申诉。',
};

const ACTIONS = {
  reply: replyToEvaluationAction,
  callback: recordEvaluationCallbackAction,
  rectification: recordEvaluationRectificationAction,
  appeal: fileEvaluationAppealAction,
};

const DepartmentEvaluationQuery = graphql(`
  query DepartmentEvaluationPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Evaluation {
        id
        replyDueAt
        replyState
        replyOverdue
        canReply
        canRecordCallback
        canRecordRectification
        canAppeal
        appeal {
          status
          reason
          filedAt
          filedByName
          decidedAt
          decisionNote
        }
        case {
          id
          businessNumber
          source
          applicantName
          completedAt
          item {
            name
          }
        }
        ...EvaluationView_Evaluation
      }
    }
  }
`);

type Props = { params: Promise<{ id: string }> };

/** One bad review of the department: the case, the review, the deadline, and the reply/回访/整改/申诉 forms. */
export default async function DepartmentEvaluationPage({ params }: Props) {
  // Layouts and pages render in parallel: without the role, render nothing (the layout shows 403).
  if (!(await requireStaff('DEPARTMENT_STAFF', '/staff/department/evaluations'))) return null;
  const idSegment = (await params).id;
  const [evaluation, rules] = await Promise.all([
    loadNodeOrNotFound(DepartmentEvaluationQuery, idSegment, 'Evaluation'),
    getEvaluationRules(),
  ]);
  const { appeal } = evaluation;
  const caseRow = evaluation.case;
  return (
    <>
      <p>
        <Link href={evaluationQueueHref({ state: evaluation.replyState ?? 'PENDING' })}>
          返回差评回复列表
        </Link>
      </p>
      <PageTitle extra={<ReplyStateTag state={evaluation.replyState} overdue={evaluation.replyOverdue} />}>
        差评处理
      </PageTitle>
      <FieldGrid
        className="section"
        items={[
          {
            key: 'businessNumber',
            label: '业务编号',
            children: (
              <Link href={`/staff/department/cases/${encodeURIComponent(caseRow.id)}`}>
                {caseRow.businessNumber}
              </Link>
            ),
          },
          { key: 'item', label: '审批事项', children: caseRow.item.name },
          { key: 'applicant', label: '申请人', children: caseRow.applicantName },
          { key: 'source', label: '来源', children: CASE_SOURCE_LABELS[caseRow.source] },
          { key: 'completedAt', label: '办结时间', children: formatDateTime(caseRow.completedAt) },
          {
            key: 'replyDueAt',
            label: '回复期限',
            children: evaluation.replyDueAt
              ? `${formatDeadlineDay(evaluation.replyDueAt)} 24:00（北京时间）`
              : '—',
          },
        ]}
      />
      {evaluation.replyState === 'OVERDUE' && (
        <Notice tone="error" role="alert" title="已超过回复期限">
          超期后仍可回复，该回复将标记为超期回复。
        </Notice>
      )}
      <EvaluationView evaluation={evaluation} />
      {appeal && (
        <section className="section evaluation-appeal">
          <h2 className="section__title">申诉</h2>
          <FieldGrid
            className="field-grid--one"
            items={[
              { key: 'status', label: '状态', children: EVALUATION_APPEAL_STATUS_LABELS[appeal.status] },
              { key: 'reason', label: '申诉理由', children: appeal.reason },
              {
                key: 'filed',
                label: '申诉人',
                children: `${appeal.filedByName} · ${formatDateTime(appeal.filedAt)}`,
              },
              ...(appeal.decidedAt
                ? [
                    { key: 'decidedAt', label: '复核时间', children: formatDateTime(appeal.decidedAt) },
                    { key: 'note', label: '复核意见', children: appeal.decisionNote || '—' },
                  ]
                : []),
            ]}
          />
        </section>
      )}
      <DepartmentEvaluationActions
        evaluationId={evaluation.id}
        canReply={evaluation.canReply}
        canRecordCallback={evaluation.canRecordCallback}
        canRecordRectification={evaluation.canRecordRectification}
        canAppeal={evaluation.canAppeal}
        noteMaxLength={rules.noteMaxLength}
        reasonMaxLength={rules.reasonMaxLength}
        actions={ACTIONS}
      />
    </>
  );
}
