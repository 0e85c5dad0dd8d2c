import type { Metadata } from 'next';
import { RATE_DEFINITIONS } from '@hall/labels';
import Form from 'next/form';
import Link from 'next/link';
import { EvaluationFigures } from '@/components/evaluations/EvaluationFigures';
import { graphql } from '@/gql';
import { firstValue } from '@/lib/cursor-paging';
import { formatDateTime, isCalendarDay } from '@/lib/format';
import { requireStaff } from '@/lib/staff';
import { serverQuery } from '@/lib/urql-server';
import { PageTitle } from '@/components/layout/PageTitle';

export const metadata: Metadata = {
  title: '评价统计',
  description: '评价统计：按评价日期统计的好差评总量、好评率、差评率、回复率和按时回复率，总体及各部门。',
};

const EvaluationFiguresQuery = graphql(`
  query EvaluationFiguresPage($from: Date, $to: Date) {
    evaluationFigures(from: $from, to: $to) {
      asOf
      overall {
        ...EvaluationFigures_Row
      }
      byDepartment {
        department {
          id
        }
        ...EvaluationFigures_Row
      }
    }
  }
`);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 评价统计: the national 好差评 figures over a period of evaluation days, overall and per department. */
export default async function EvaluationFiguresPage({ searchParams }: Props) {
  // Layouts and pages render in parallel: without the role, render nothing (the layout shows 403).
  if (!(await requireStaff('SUPERVISOR', '/supervisor/evaluations'))) return null;
  const raw = await searchParams;
  const from = firstValue(raw.from);
  const to = firstValue(raw.to);
  const period = { from: isCalendarDay(from) ? from : null, to: isCalendarDay(to) ? to : null };
  const { evaluationFigures: figures } = await serverQuery(EvaluationFiguresQuery, period);

  return (
    <>
      <PageTitle>评价统计</PageTitle>
      <Form action="/supervisor/evaluations" className="case-list__filters" aria-label="统计期间">
        <span className="filter-label">评价日期</span>
        <input
          className="filter-input"
          type="date"
          name="from"
          aria-label="评价日期起"
          defaultValue={period.from ?? undefined}
        />
        <span>至</span>
        <input
          className="filter-input"
          type="date"
          name="to"
          aria-label="评价日期止"
          defaultValue={period.to ?? undefined}
        />
        <button type="submit" className="button button--primary">
          统计
        </button>
        {(period.from || period.to) && (
          <Link href="/supervisor/evaluations" className="button">
            全部期间
          </Link>
        )}
      </Form>
      <EvaluationFigures overall={figures.overall} byDepartment={figures.byDepartment} />
      <p className="text-secondary figures-note">
        统计时间 {formatDateTime(figures.asOf)}（北京时间）。{RATE_DEFINITIONS.goodRate}；
        {RATE_DEFINITIONS.badRate}
        ；回复率、按时回复率以差评数为分母；超期回复含超期后回复和已超期未回复的差评。申诉成立的评价保留展示，但不计入各项统计。
      </p>
    </>
  );
}
