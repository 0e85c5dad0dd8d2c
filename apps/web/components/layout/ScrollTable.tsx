import type { CaseColumn } from '@/components/cases/CaseListTable';
import { ScrollRegion } from './ScrollRegion';

/**
 * A server-rendered table (plain HTML, app/globals.css .data-table) that keeps its columns readable and
 * scrolls inside its focusable region below `minWidth`, with the phone's scroll cue (ScrollRegion). For
 * tables whose rows are the same on a phone; lists of cases use CaseListTable's cards instead.
 */
export function ScrollTable<Row extends { id: string }>(props: {
  testId: string;
  /** The region's name for screen readers (unique on the page). */
  label: string;
  minWidth: number;
  columns: readonly CaseColumn<Row>[];
  rows: readonly Row[];
  emptyText: string;
}) {
  const { columns, rows } = props;
  return (
    <ScrollRegion label={props.label} minWidth={rows.length > 0 ? props.minWidth : 0}>
      <table className="data-table" data-testid={props.testId}>
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
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="data-table__empty">
                {props.emptyText}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
