import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { EvaluationForm } from '@/components/evaluations/EvaluationForm';
import { graphql } from '@/gql';
import { getEvaluationRules } from '@/lib/evaluation-rules';
import { formatDateTime, formatDeadlineDay } from '@/lib/format';
import { loadNodeOrNotFound } from '@/lib/load-node';
import { FieldGrid } from '@/components/layout/FieldGrid';
import { Notice } from '@/components/layout/Notice';
import { PageTitle } from '@/components/layout/PageTitle';

export const metadata: Metadata = { title: '评价' };

const EvaluateCaseQuery = graphql(`
  query EvaluateCasePage($id: ID!) {
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
        canEvaluate
        evaluation {
          id
        }
        evaluationWindow {
          closesAt
          dimensions
        }
      }
    }
  }
`);

type Props = { params: Promise<{ id: string }> };

/** 评价: the form for a completed case of the applicant's, while its window (evaluationRules) is open. */
export default async function EvaluateCasePage({ params }: Props) {
  const idSegment = (await params).id;
  const [node, rules] = await Promise.all([
    loadNodeOrNotFound(EvaluateCaseQuery, idSegment, 'Case'),
    getEvaluationRules(),
  ]);
  const viewHref = `/personal/cases/${encodeURIComponent(node.id)}/evaluation`;
  // Already evaluated (e.g. in another tab): show the evaluation instead of a form that would be refused.
  if (node.evaluation) redirect(viewHref);

  return (
    <>
      <p>
        <Link href="/personal/cases?list=COMPLETED">返回办结件列表</Link>
      </p>
      <PageTitle>评价</PageTitle>
      <FieldGrid
        className="section"
        items={[
          { key: 'businessNumber', label: '业务编号', children: node.businessNumber },
          { key: 'item', label: '审批事项', children: node.item.name },
          { key: 'department', label: '审批部门', children: node.department.name },
          { key: 'completedAt', label: '办结时间', children: formatDateTime(node.completedAt) },
          {
            key: 'deadline',
            label: '评价截止时间',
            children: node.evaluationWindow
              ? `${formatDeadlineDay(node.evaluationWindow.closesAt)} 24:00（北京时间）`
              : '—',
          },
        ]}
      />
      {node.canEvaluate ? (
        <>
          <p className="text-secondary">
            请对本次办事服务作出评价。未在办结后{rules.windowDays}
            个自然日内评价的，系统将默认“基本满意”（中评）。
          </p>
          <EvaluationForm
            caseId={node.id}
            dimensions={node.evaluationWindow?.dimensions ?? []}
            commentMaxLength={rules.commentMaxLength}
            badLevels={rules.badLevels}
          />
        </>
      ) : (
        <Notice tone="info" title="该办件不能评价">
          评价期限已过，或该办件尚未办结。超过{rules.windowDays}个自然日未评价的办件由系统默认评价。
        </Notice>
      )}
    </>
  );
}
