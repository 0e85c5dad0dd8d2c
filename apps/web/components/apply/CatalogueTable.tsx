'use client';

import { Button, Table, type TableColumnsType } from 'antd';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { CatalogueTable_ItemFragment as ItemRow } from '@/gql/graphql';
import { Text } from '@/components/typography';
import { NameText } from '@/components/layout/NameText';

export const CatalogueTable_ItemFragment = graphql(`
  fragment CatalogueTable_Item on ServiceItem {
    id
    name
    onlineApplicable
    applicationForm
    promisedDays
    department {
      name
    }
  }
`);

const columns: TableColumnsType<ItemRow> = [
  { title: '事项名称', key: 'name', render: (_, row) => <NameText text={row.name} /> },
  { title: '审批部门', key: 'department', render: (_, row) => <NameText text={row.department.name} /> },
  {
    title: '承诺时限',
    key: 'promisedDays',
    width: 110,
    responsive: ['md'],
    render: (_, row) => (row.promisedDays ? `${row.promisedDays}个工作日` : '—'),
  },
  {
    title: '办理',
    key: 'apply',
    width: 120,
    render: (_, row) =>
      // Only items whose online form is built open one; others are applied for at the window.
      row.onlineApplicable && row.applicationForm ? (
        <Button type="primary" size="small" href={`/personal/apply/${encodeURIComponent(row.id)}`}>
          在线申报
        </Button>
      ) : (
        <Text type="secondary">窗口办理</Text>
      ),
  },
];

/** The catalogue of 我要办事: items that can be applied for online show 在线申报. */
export function CatalogueTable(props: {
  items: FragmentType<typeof CatalogueTable_ItemFragment>[];
  emptyText: string;
}) {
  const rows = useFragment(CatalogueTable_ItemFragment, props.items);
  return (
    <Table
      data-testid="catalogue-table"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      pagination={false}
      size="middle"
      locale={{ emptyText: props.emptyText }}
    />
  );
}
