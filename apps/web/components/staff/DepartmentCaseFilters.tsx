'use client';

import { useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button, Form, Input, Select } from 'antd';
import type { CaseStatus } from '@/gql/graphql';
import { departmentCasesHref, type DepartmentCaseFilters as Filters } from '@/lib/department-case-params';
import { CASE_STATUS_LABELS, DEPARTMENT_CASE_STATUSES } from '@/lib/labels';

type Values = { status?: CaseStatus; itemId?: string; keyword?: string };

/** 状态, 审批事项 and keyword filters of 部门办件; 查询 puts them in the URL (page one), 重置 clears them. */
export function DepartmentCaseFilters({
  filters,
  items,
}: {
  filters: Filters;
  items: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [form] = Form.useForm<Values>();

  function go(values: Values) {
    const href = departmentCasesHref({
      status: values.status,
      itemId: values.itemId,
      keyword: values.keyword?.trim() || undefined,
    });
    startTransition(() => router.push(href));
  }

  return (
    <Form<Values>
      form={form}
      layout="inline"
      className="case-list__filters"
      aria-label="筛选办件"
      initialValues={filters}
      onFinish={go}
    >
      <Form.Item name="status" label="状态">
        <Select<CaseStatus>
          allowClear
          placeholder="全部状态"
          style={{ width: 140 }}
          options={DEPARTMENT_CASE_STATUSES.map((status) => ({
            value: status,
            label: CASE_STATUS_LABELS[status],
          }))}
        />
      </Form.Item>
      <Form.Item name="itemId" label="审批事项">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="全部事项"
          style={{ width: 260 }}
          options={items.map((item) => ({ value: item.id, label: item.name }))}
        />
      </Form.Item>
      <Form.Item name="keyword" label="关键字">
        <Input allowClear placeholder="业务编号或事项名称" maxLength={64} style={{ width: 220 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={pending}>
        查询
      </Button>
      <Button
        onClick={() => {
          form.setFieldsValue({ status: undefined, itemId: undefined, keyword: undefined });
          go({});
        }}
      >
        重置
      </Button>
    </Form>
  );
}
