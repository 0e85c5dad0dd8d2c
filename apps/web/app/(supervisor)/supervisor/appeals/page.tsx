import type { Metadata } from 'next';
import Link from 'next/link';
import { AppealDecisionForm } from '@/components/evaluations/AppealDecisionForm';
import { ListPager } from '@/components/evaluations/ListPager';
import { graphql } from '@/gql';
import type { EvaluationAppealStatus } from '@/gql/graphql';
import { appendPaging, firstValue, pageHrefs, parsePaging, type Paging } from '@/lib/cursor-paging';
import { formatDateTime } from '@/lib/format';
import { EVALUATION_APPEAL_STATUS_LABELS, EVALUATION_LEVEL_LABELS } from '@/lib/labels';
import { requireStaff } from '@/lib/staff';
import { serverQuery } from '@/lib/urql-server';
import { FieldGrid } from '@/components/layout/FieldGrid';
import { PageTitle } from '@/components/layout/PageTitle';
import { ToneTag } from '@/components/layout/ToneTag';
import { decideEvaluationAppealAction } from './actions';

export const metadata: Metadata = {
  title: '申诉复核',
  description: '申诉复核：各部门对差评提出的申诉，好差评管理员复核后确认申诉成立或驳回。',
};

const PAGE_SIZE = 10;
const STATUSES = ['PENDING', 'UPHELD', 'DISMISSED'] as const satisfies readonly EvaluationAppealStatus[];

const EvaluationAppealsQuery = graphql(`
  query EvaluationAppealsPage($status: EvaluationAppealStatus, $first: Int!, $after: String) {
    evaluationRules {
      reasonMaxLength
    }
    evaluationAppeals(status: $status, first: $first, after: $after) {
      edges {
        node {
          id
          status
          reason
          filedAt
          filedByName
          decidedAt
          decidedByName
          decisionNote
          department {
            name
          }
          evaluation {
            id
            level
            comment
            submittedAt
            case {
              businessNumber
              item {
                name
              }
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

type Params = { status: EvaluationAppealStatus } & Paging;

function appealsHref(params: { status: EvaluationAppealStatus } & Partial<Paging>): string {
  const query = new URLSearchParams();
  if (params.status !== 'PENDING') query.set('status', params.status);
  appendPaging(query, { after: params.after, trail: params.trail ?? [] });
  const search = query.toString();
  return search ? `/supervisor/appeals?${search}` : '/supervisor/appeals';
}

const hrefs = pageHrefs<Params>(appealsHref);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 申诉复核: departments' appeals of bad reviews; the supervisor upholds or dismisses each pending one. */
export default async function EvaluationAppealsPage({ searchParams }: Props) {
  // Layouts and pages render in parallel: without the role, render nothing (the layout shows 403).
  if (!(await requireStaff('SUPERVISOR', '/supervisor/appeals'))) return null;
  const raw = await searchParams;
  const requested = firstValue(raw.status);
  const status = STATUSES.find((value) => value === requested) ?? 'PENDING';
  const params: Params = { status, ...parsePaging(raw) };
  const { evaluationAppeals: appeals, evaluationRules: rules } = await serverQuery(EvaluationAppealsQuery, {
    status,
    first: PAGE_SIZE,
    after: params.after ?? null,
  });
  const next =
    appeals.pageInfo.hasNextPage && appeals.pageInfo.endCursor
      ? hrefs.next(params, appeals.pageInfo.endCursor)
      : undefined;

  return (
    <>
      <PageTitle>申诉复核</PageTitle>
      <nav className="queue-tabs" aria-label="申诉状态">
        {STATUSES.map((value) => (
          <Link
            key={value}
            href={appealsHref({ status: value })}
            className={value === status ? 'queue-tabs__tab queue-tabs__tab--current' : 'queue-tabs__tab'}
            aria-current={value === status ? 'page' : undefined}
          >
            {EVALUATION_APPEAL_STATUS_LABELS[value]}
          </Link>
        ))}
      </nav>
      {appeals.edges.length === 0 && (
        <p className="data-table__empty">暂无{EVALUATION_APPEAL_STATUS_LABELS[status]}的申诉</p>
      )}
      <div className="appeal-list">
        {appeals.edges.map(({ node: appeal }) => (
          <section key={appeal.id} className="appeal-card" data-testid="appeal-card">
            <h2 className="appeal-card__title">
              <span>
                {appeal.evaluation.case.businessNumber} · {appeal.evaluation.case.item.name}
              </span>
              <ToneTag>{EVALUATION_APPEAL_STATUS_LABELS[appeal.status]}</ToneTag>
            </h2>
            <FieldGrid
              className="field-grid--one"
              items={[
                { key: 'department', label: '申诉部门', children: appeal.department.name },
                {
                  key: 'evaluation',
                  label: '评价',
                  children: `${EVALUATION_LEVEL_LABELS[appeal.evaluation.level]} · ${formatDateTime(appeal.evaluation.submittedAt)}`,
                },
                { key: 'comment', label: '评价内容', children: appeal.evaluation.comment || '—' },
                { key: 'reason', label: '申诉理由', children: appeal.reason },
                {
                  key: 'filed',
                  label: '申诉人',
                  children: `${appeal.filedByName} · ${formatDateTime(appeal.filedAt)}`,
                },
                ...(appeal.decidedAt
                  ? [
                      {
                        key: 'decided',
                        label: '复核',
                        children: `${appeal.decidedByName ?? ''} · ${formatDateTime(appeal.decidedAt)}`,
                      },
                      { key: 'note', label: '复核意见', children: appeal.decisionNote || '—' },
                    ]
                  : []),
              ]}
            />
            {appeal.status === 'PENDING' && (
              <AppealDecisionForm
                appealId={appeal.id}
                noteMaxLength={rules.reasonMaxLength}
                decide={decideEvaluationAppealAction}
              />
            )}
          </section>
        ))}
      </div>
      <ListPager
        totalCount={appeals.totalCount}
        unit="条"
        previousHref={hrefs.previous(params)}
        nextHref={next}
      />
    </>
  );
}
