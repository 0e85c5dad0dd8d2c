import type { Metadata } from 'next';
import Link from 'next/link';
import { graphql } from '@/gql';
import { PageTitle } from '@/components/layout/PageTitle';
import { requireDashboardViewer } from '@/lib/dashboard-access';
import { loadEvaluationOrNotFound } from '@/lib/load-evaluation';
import { formatDateTime } from '@/lib/format';
import {
  CASE_SOURCE_LABELS,
  EVALUATION_CHANNEL_LABELS,
  EVALUATION_DIMENSION_LABELS,
  EVALUATION_LEVEL_LABELS,
  EVALUATION_REPLY_STATE_LABELS,
} from '@/lib/labels';

export const metadata: Metadata = { title: '评价详情' };

const DashboardEvaluationQuery = graphql(`
  query DashboardEvaluationPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Evaluation {
        id
        level
        comment
        channel
        isDefault
        submittedAt
        replyDueAt
        replyState
        replyOverdue
        excludedFromFigures
        dimensionScores {
          dimension
          score
        }
        reply {
          body
          createdAt
        }
        followUp {
          body
          createdAt
        }
        case {
          businessNumber
          source
          completedAt
          item {
            name
          }
          department {
            name
          }
        }
      }
    }
  }
`);

type Props = { params: Promise<{ id: string }> };

/** One evaluation behind a dashboard number, read-only (the department replies in its own workbench). */
export default async function DashboardEvaluationPage({ params }: Props) {
  if (!(await requireDashboardViewer('/dashboard/evaluations'))) return null;
  const evaluation = await loadEvaluationOrNotFound(DashboardEvaluationQuery, (await params).id);
  const rows: [string, string][] = [
    ['业务编号', evaluation.case.businessNumber],
    ['审批事项', evaluation.case.item.name],
    ['审批部门', evaluation.case.department.name],
    ['来源', CASE_SOURCE_LABELS[evaluation.case.source]],
    ['办结时间', formatDateTime(evaluation.case.completedAt)],
    [
      '评价等级',
      `${EVALUATION_LEVEL_LABELS[evaluation.level]}${evaluation.isDefault ? '（系统默认评价）' : ''}`,
    ],
    ['评价渠道', EVALUATION_CHANNEL_LABELS[evaluation.channel]],
    ['评价时间', formatDateTime(evaluation.submittedAt)],
    ['评价内容', evaluation.comment ?? '—'],
    ...evaluation.dimensionScores.map((score): [string, string] => [
      EVALUATION_DIMENSION_LABELS[score.dimension],
      `${score.score} 分`,
    ]),
  ];
  if (evaluation.replyDueAt) {
    rows.push(['回复截止', formatDateTime(evaluation.replyDueAt)]);
    rows.push([
      '回复状态',
      evaluation.replyState ? EVALUATION_REPLY_STATE_LABELS[evaluation.replyState] : '—',
    ]);
    rows.push([
      '部门回复',
      evaluation.reply
        ? `${evaluation.reply.body}（${formatDateTime(evaluation.reply.createdAt)}${evaluation.replyOverdue ? '，超期回复' : ''}）`
        : '未回复',
    ]);
  }
  if (evaluation.followUp) rows.push(['追评', evaluation.followUp.body]);
  if (evaluation.excludedFromFigures) rows.push(['申诉', '申诉成立，不计入统计']);
  return (
    <>
      <PageTitle extra={evaluation.case.businessNumber}>评价详情</PageTitle>
      <dl className="dashboard-details">
        {rows.map(([label, value]) => (
          <div key={label} className="dashboard-details__row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>
        <Link href="/dashboard/evaluations">返回评价明细</Link>
      </p>
    </>
  );
}
