import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EvaluationView } from '@/components/evaluations/EvaluationView';
import { FollowUpForm } from '@/components/evaluations/FollowUpForm';
import { addEvaluationFollowUpAction } from './actions';
import { graphql } from '@/gql';
import { formatDateTime } from '@/lib/format';
import { loadNodeOrNotFound } from '@/lib/load-node';
import { getEvaluationRules } from '@/lib/evaluation-rules';
import { FieldGrid } from '@/components/layout/FieldGrid';
import { Notice } from '@/components/layout/Notice';
import { PageTitle } from '@/components/layout/PageTitle';

export const metadata: Metadata = { title: '查看评价' };

const CaseEvaluationQuery = graphql(`
  query CaseEvaluationPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Case {
        id
        businessNumber
        item {
          name
        }
        department {
          name
        }
        completedAt
        evaluation {
          id
          canAddFollowUp
          ...EvaluationView_Evaluation
        }
      }
    }
  }
`);

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * 已评价: the applicant's view of a case's evaluation, the department's reply, and the 追评 form once replied
 * (a server-action form; `?submitted=1` is where EvaluationForm's action lands).
 */
export default async function CaseEvaluationPage({ params, searchParams }: Props) {
  const submitted = (await searchParams).submitted === '1';
  const idSegment = (await params).id;
  const [node, rules] = await Promise.all([
    loadNodeOrNotFound(CaseEvaluationQuery, idSegment, 'Case'),
    getEvaluationRules(),
  ]);
  if (!node.evaluation) notFound();
  return (
    <>
      <p>
        <Link href="/personal/cases?list=COMPLETED">返回办结件列表</Link>
        <span style={{ margin: '0 8px', color: '#bfbfbf' }}>|</span>
        <Link href={`/personal/cases/${encodeURIComponent(node.id)}`}>办件详情</Link>
      </p>
      <PageTitle>评价详情</PageTitle>
      {submitted && <Notice tone="success" role="status" title="评价已提交，感谢您的评价" />}
      <FieldGrid
        className="section"
        items={[
          { key: 'businessNumber', label: '业务编号', children: node.businessNumber },
          { key: 'item', label: '审批事项', children: node.item.name },
          { key: 'department', label: '审批部门', children: node.department.name },
          { key: 'completedAt', label: '办结时间', children: formatDateTime(node.completedAt) },
        ]}
      />
      <EvaluationView evaluation={node.evaluation} />
      {node.evaluation.canAddFollowUp && (
        <section className="evaluation-follow-up-form">
          <h2 className="section__title">追评</h2>
          <p className="text-secondary">部门已回复您的评价。您可以追加一次评价，提交后不能修改。</p>
          <FollowUpForm
            evaluationId={node.evaluation.id}
            maxLength={rules.followUpMaxLength}
            action={addEvaluationFollowUpAction}
          />
        </section>
      )}
    </>
  );
}
