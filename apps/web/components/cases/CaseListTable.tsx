import type { ReactNode } from 'react';
import type { CaseSource } from '@/gql/graphql';
import { CASE_SOURCE_LABELS } from '@/lib/labels';
import { DateTimeText } from '@/components/layout/DateTimeText';
import { NameText } from '@/components/layout/NameText';

/** One column of a case list: its heading, and the cell it shows for a row (the table's and the card's). */
export type CaseColumn<Row> = {
  key: string;
  title: string;
  /** A minimum width (the table gives each column what its content needs, names the rest). */
  width?: number;
  /** One line (identifiers, short labels); names wrap between words instead (components/layout/NameText). */
  nowrap?: boolean;
  cell: (row: Row) => ReactNode;
};

/** The fields a case table row needs for the columns below. */
type CaseRow = {
  businessNumber: string;
  appliedAt: string | null;
  source: CaseSource;
  item: { name: string };
};

/** The columns the applicant's and the department's case tables share, each table picking its own order. */
export const CASE_COLUMNS = {
  businessNumber: {
    key: 'businessNumber',
    title: '业务编号',
    nowrap: true,
    cell: (row: CaseRow) => row.businessNumber,
  },
  appliedAt: {
    key: 'appliedAt',
    title: '申请时间',
    cell: (row: CaseRow) => <DateTimeText value={row.appliedAt} />,
  },
  item: {
    key: 'item',
    title: '审批事项',
    cell: (row: CaseRow) => <NameText text={row.item.name} />,
  },
  source: {
    key: 'source',
    title: '来源',
    nowrap: true,
    cell: (row: CaseRow) => CASE_SOURCE_LABELS[row.source],
  },
} satisfies Record<string, CaseColumn<CaseRow>>;

/**
 * A page of cases, rendered on the server as plain HTML (no script): a table on wide screens; on phones
 * (below md) one card per case listing the same columns as label and value, so nothing scrolls sideways.
 * Paged by the list's pager. Any list of cases built on this component gets the phone layout.
 */
export function CaseListTable<Row extends { id: string }>(props: {
  testId: string;
  columns: readonly CaseColumn<Row>[];
  rows: readonly Row[];
  emptyText: string;
  /** The table region's name for screen readers (default 办件列表). */
  label?: string;
}) {
  const { columns, rows } = props;
  const hasRows = rows.length > 0;
  return (
    <div className={hasRows ? 'case-list--has-rows' : 'case-list--empty'}>
      {/* Focusable, so keyboard users can scroll it when it is wider than the screen. */}
      <div
        data-testid={props.testId}
        className="case-list__table table-scroll"
        tabIndex={0}
        role="region"
        aria-label={props.label ?? '办件列表'}
      >
        <table className="data-table">
          <colgroup>
            {columns.map((column) => (
              <col key={column.key} style={column.width ? { width: column.width } : undefined} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col">
                  {column.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="data-table__row">
                {columns.map((column) => (
                  <td key={column.key} className={column.nowrap ? 'data-table__nowrap' : undefined}>
                    {column.cell(row)}
                  </td>
                ))}
              </tr>
            ))}
            {!hasRows && (
              <tr>
                <td colSpan={columns.length} className="data-table__empty">
                  {props.emptyText}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {hasRows && (
        <ul className="case-cards" data-testid={`${props.testId}-cards`}>
          {rows.map((row) => (
            <li key={row.id} className="case-card">
              <dl className="case-card__fields">
                {columns.map((column) => (
                  <div key={column.key} style={{ display: 'contents' }}>
                    <dt>{column.title}</dt>
                    <dd>{column.cell(row)}</dd>
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
