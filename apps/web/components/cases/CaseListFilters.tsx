import Form from 'next/form';
import Link from 'next/link';
import type { CaseListParams } from '@/lib/case-list-params';
import { hasCaseListFilters } from '@/lib/case-list-params';

/**
 * 申请时间 range and keyword filters of 我的办件: a GET form, so the filters live in the URL and work without
 * client JavaScript too (next/form navigates client-side when it can). Submitting starts again at page one.
 * The inputs are plain uncontrolled ones: what is typed before hydration is kept.
 */
export function CaseListFilters({ params }: { params: CaseListParams }) {
  const { list, source, appliedFrom, appliedTo, keyword } = params;
  return (
    <Form
      action="/personal/cases"
      className="case-list__filters"
      aria-label="筛选办件"
      // Remount on navigation so the inputs show what the URL says (e.g. after 清除筛选).
      key={[appliedFrom, appliedTo, keyword].join('|')}
    >
      <input type="hidden" name="list" value={list} />
      {source && <input type="hidden" name="source" value={source} />}
      <span className="filter-label">申请时间</span>
      <input
        className="filter-input"
        type="date"
        name="appliedFrom"
        aria-label="申请时间起"
        defaultValue={appliedFrom}
      />
      <span>至</span>
      <input
        className="filter-input"
        type="date"
        name="appliedTo"
        aria-label="申请时间止"
        defaultValue={appliedTo}
      />
      <input
        className="filter-input filter-input--wide"
        type="search"
        name="keyword"
        aria-label="关键字"
        placeholder="业务编号或事项名称"
        defaultValue={keyword}
        maxLength={64}
      />
      <button type="submit" className="button button--primary">
        查询
      </button>
      {hasCaseListFilters(params) && (
        <Link className="button" href={`/personal/cases?list=${list}`}>
          清除筛选
        </Link>
      )}
    </Form>
  );
}
