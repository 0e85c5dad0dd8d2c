'use client';

import { Table, type TableColumnsType } from 'antd';
import { graphql, useFragment, type FragmentType } from '@/gql';
import type { CatalogueTable_ItemFragment as ItemRow } from '@/gql/graphql';
import { ApplyAction } from './ApplyAction';
import { NameText } from '@/components/layout/NameText';
import { FavouriteButton } from '@/components/favourites/FavouriteButton';

export const CatalogueTable_ItemFragment = graphql(`
  fragment CatalogueTable_Item on ServiceItem {
    id
    name
    onlineApplicable
    applicationForm
    promisedDays
    isFavourite
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
    render: (_, row) => <ApplyAction item={row} />,
  },
  {
    title: '收藏',
    key: 'favourite',
    width: 100,
    render: (_, row) => <FavouriteButton itemId={row.id} itemName={row.name} isFavourite={row.isFavourite} />,
  },
];

/** The catalogue of 我要办事: items that can be applied for online show 在线申报; each can be starred (收藏). */
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
      // On a phone (and in 关怀模式's larger type) the five columns scroll in their own region, not the page
      // (its rows' buttons are the keyboard's way in; an empty table has no region to scroll).
      scroll={rows.length > 0 ? { x: 'max-content' } : undefined}
      size="middle"
      locale={{ emptyText: props.emptyText }}
    />
  );
}
