import type { ReactNode } from 'react';
import Table from 'antd/es/table';
import type { TableColumnType, TableColumnsType } from 'antd';
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

type Column<Row> = TableColumnType<Row> & { title?: ReactNode };

/** A column's cell for a row, as the table would render it. */
function cellOf<Row>(column: Column<Row>, row: Row, index: number): ReactNode {
  const value =
    typeof column.dataIndex === 'string' ? (row as Record<string, unknown>)[column.dataIndex] : undefined;
  if (column.render) return column.render(value, row, index) as ReactNode;
  return value as ReactNode;
}

/**
 * A page of cases: a table on wide screens; on phones (below md) one card per case listing the same columns
 * as label and value, so nothing scrolls sideways. Paged by the list's pager rather than by antd. Any list of
 * cases built on this component gets the phone layout.
 */
export function CaseListTable<Row extends { id: string }>(props: {
  testId: string;
  columns: TableColumnsType<Row>;
  rows: readonly Row[];
  emptyText: string;
}) {
  const columns = props.columns as Column<Row>[];
  const hasRows = props.rows.length > 0;
  return (
    <div className={hasRows ? 'case-list--has-rows' : 'case-list--empty'}>
      {/* Focusable, so keyboard users can scroll it when it is wider than the screen (an empty list on a phone). */}
      <div
        data-testid={props.testId}
        className="case-list__table table-scroll"
        tabIndex={0}
        role="region"
        aria-label="办件列表"
      >
        <Table<Row>
          rowKey="id"
          columns={props.columns}
          dataSource={[...props.rows]}
          pagination={false}
          locale={{ emptyText: props.emptyText }}
          tableLayout="fixed"
        />
      </div>
      {hasRows && (
        <ul className="case-cards" data-testid={`${props.testId}-cards`}>
          {props.rows.map((row, index) => (
            <li key={row.id} className="case-card">
              <dl className="case-card__fields">
                {columns.map((column) => (
                  <div key={String(column.key)} style={{ display: 'contents' }}>
                    <dt>{column.title}</dt>
                    <dd>{cellOf(column, row, index)}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
