import { Table, type TableColumnType, type TableColumnsType } from 'antd';
import type { CaseSource } from '@/gql/graphql';
import { formatDateTime } from '@/lib/format';
import { CASE_SOURCE_LABELS } from '@/lib/labels';

/** The fields a case table row needs for the columns below. */
type CaseRow = {
  businessNumber: string;
  appliedAt: string | null;
  source: CaseSource;
  item: { name: string };
};

/** The columns the applicant's and the department's case tables share, each table picking its own order. */
export const CASE_COLUMNS = {
  businessNumber: { title: '业务编号', dataIndex: 'businessNumber', key: 'businessNumber', width: 200 },
  appliedAt: {
    title: '申请时间',
    dataIndex: 'appliedAt',
    key: 'appliedAt',
    width: 170,
    render: (value: string | null) => formatDateTime(value),
  },
  // Long names are cut with "…"; the full name is the cell's title (shown on hover, also without JS).
  item: { title: '审批事项', key: 'item', ellipsis: true, render: (_, row) => row.item.name },
  source: {
    title: '来源',
    dataIndex: 'source',
    key: 'source',
    width: 100,
    render: (value: CaseSource) => CASE_SOURCE_LABELS[value],
  },
} satisfies Record<string, TableColumnType<CaseRow>>;

/** A page of cases as a table: one row per case, paged by the list's pager rather than by antd. */
export function CaseListTable<Row extends { id: string }>(props: {
  testId: string;
  columns: TableColumnsType<Row>;
  rows: readonly Row[];
  emptyText: string;
}) {
  return (
    <div data-testid={props.testId}>
      <Table<Row>
        rowKey="id"
        columns={props.columns}
        dataSource={[...props.rows]}
        pagination={false}
        locale={{ emptyText: props.emptyText }}
        tableLayout="fixed"
      />
    </div>
  );
}
