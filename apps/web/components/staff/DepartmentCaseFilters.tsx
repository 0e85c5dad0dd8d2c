'use client';

import { useTransition, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import type { CaseStatus } from '@/gql/graphql';
import {
  DEPARTMENT_CASES_PATH,
  departmentCasesHref,
  type DepartmentCaseFilters as Filters,
} from '@/lib/department-case-params';
import { CASE_STATUS_LABELS, DEPARTMENT_CASE_STATUSES } from '@/lib/labels';

/**
 * 状态, 审批事项 and keyword filters of 部门办件: native controls in a GET form (it works before hydration
 * too); with JavaScript, 查询 puts only the chosen filters in the URL (page one) and 重置 clears them.
 */
export function DepartmentCaseFilters({
  filters,
  items,
}: {
  filters: Filters;
  items: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function go(values: Filters) {
    startTransition(() => router.push(departmentCasesHref(values)));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    go({
      status: text('status') as CaseStatus | undefined,
      itemId: text('itemId'),
      keyword: text('keyword'),
    });
  }

  return (
    <form
      action={DEPARTMENT_CASES_PATH}
      className="case-list__filters"
      aria-label="筛选办件"
      onSubmit={onSubmit}
    >
      <label className="filter-field">
        <span>状态</span>
        <select name="status" className="select-input" defaultValue={filters.status ?? ''}>
          <option value="">全部状态</option>
          {DEPARTMENT_CASE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {CASE_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span>审批事项</span>
        <select name="itemId" className="select-input select-input--wide" defaultValue={filters.itemId ?? ''}>
          <option value="">全部事项</option>
          {items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span>关键字</span>
        <input
          type="search"
          name="keyword"
          className="filter-input filter-input--wide"
          placeholder="业务编号或事项名称"
          maxLength={64}
          defaultValue={filters.keyword}
        />
      </label>
      <button type="submit" className="button button--primary" aria-busy={pending}>
        查询
      </button>
      <button
        type="button"
        className="button"
        onClick={(event) => {
          for (const control of event.currentTarget.form?.elements ?? []) {
            if (control instanceof HTMLInputElement || control instanceof HTMLSelectElement)
              control.value = '';
          }
          go({ status: undefined, itemId: undefined, keyword: undefined });
        }}
      >
        重置
      </button>
    </form>
  );
}
