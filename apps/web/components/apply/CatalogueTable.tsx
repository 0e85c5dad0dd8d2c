import { graphql, useFragment, type FragmentType } from '@/gql';
import type { CatalogueTable_ItemFragment as ItemRow } from '@/gql/graphql';
import type { CaseColumn } from '@/components/cases/CaseListTable';
import { NameText } from '@/components/layout/NameText';
import { ScrollTable } from '@/components/layout/ScrollTable';
import { FavouriteButton } from '@/components/favourites/FavouriteButton';
import { ApplyAction } from './ApplyAction';

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

const columns: CaseColumn<ItemRow>[] = [
  { key: 'name', title: '事项名称', cell: (row) => <NameText text={row.name} /> },
  { key: 'department', title: '审批部门', cell: (row) => <NameText text={row.department.name} /> },
  {
    key: 'promisedDays',
    title: '承诺时限',
    nowrap: true,
    cell: (row) => (row.promisedDays ? `${row.promisedDays}个工作日` : '—'),
  },
  { key: 'apply', title: '办理', nowrap: true, cell: (row) => <ApplyAction item={row} /> },
  {
    key: 'favourite',
    title: '收藏',
    nowrap: true,
    cell: (row) => <FavouriteButton itemId={row.id} itemName={row.name} isFavourite={row.isFavourite} />,
  },
];

/**
 * The catalogue of 我要办事, server-rendered: items that can be applied for online show 在线申报; each can be
 * starred (收藏). On a phone the table scrolls in its own region, with a scroll cue.
 */
export function CatalogueTable(props: {
  items: FragmentType<typeof CatalogueTable_ItemFragment>[];
  emptyText: string;
}) {
  const rows = useFragment(CatalogueTable_ItemFragment, props.items);
  return (
    <ScrollTable
      testId="catalogue-table"
      label="事项列表"
      minWidth={640}
      columns={columns}
      rows={rows}
      emptyText={props.emptyText}
    />
  );
}
