import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';

/** Rows fetched per batch: an export never holds more than this many list rows in memory. */
export const EXPORT_BATCH = 1000;

export type Cell = string | number | null;

/** One sheet of an export: its filters (written in the first rows), column headings and rows, batch by batch. */
export interface ExportSheet {
  name: string;
  filters: [label: string, value: string][];
  columns: string[];
  batches: AsyncIterable<Cell[][]>;
}

/**
 * Writes sheets with exceljs's streaming WorkbookWriter: filters, a blank row, the headings, then each batch of
 * rows committed as written, so memory does not grow with the number of rows.
 */
export async function writeWorkbook(stream: Writable, sheets: ExportSheet[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: false,
    useSharedStrings: false,
  });
  for (const source of sheets) {
    const sheet = workbook.addWorksheet(source.name);
    for (const row of [...source.filters, [], source.columns]) sheet.addRow(row).commit();
    for await (const rows of source.batches) {
      for (const row of rows) sheet.addRow(row).commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}

/** A list's rows as batches: keyset pages of EXPORT_BATCH rows after each page's last row. */
export async function* keysetBatches<Row>(
  page: (after: string | null, limit: number) => Promise<Row[]>,
  cursor: (row: Row) => string,
  cells: (row: Row) => Cell[],
): AsyncIterable<Cell[][]> {
  let after: string | null = null;
  for (;;) {
    const rows = await page(after, EXPORT_BATCH);
    yield rows.map(cells);
    if (rows.length < EXPORT_BATCH) return;
    after = cursor(rows.at(-1)!);
  }
}

/** A sheet whose rows are already at hand (a view's figures tables: tens of rows). */
export async function* oneBatch(rows: Cell[][]): AsyncIterable<Cell[][]> {
  yield rows;
}
