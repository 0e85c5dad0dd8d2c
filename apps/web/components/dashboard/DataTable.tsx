import { ScrollRegion } from '@/components/layout/ScrollRegion';
import type { ReactNode } from 'react';

/** A chart's numbers as a table (for screen readers and anyone who wants the figures), folded under it. */
export function DataTable(props: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <details className="dashboard-data">
      <summary>数据表：{props.caption}</summary>
      <ScrollRegion label={props.caption} minWidth={320}>
        <table className="dashboard-table">
          <caption className="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              {props.head.map((cell) => (
                <th key={cell} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) =>
                  j === 0 ? (
                    <th key={j} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={j}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </details>
  );
}
