import { loadPublishedFigures, OPEN_DATA_FIELDS, openDataRecords } from '@/lib/published-figures';

const cell = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** 公示 open data as CSV (UTF-8 with BOM for spreadsheet programs; header row of field names). */
export async function GET(): Promise<Response> {
  const records = openDataRecords(await loadPublishedFigures());
  const lines = [
    OPEN_DATA_FIELDS.map(([field]) => field).join(','),
    ...records.map((record) => OPEN_DATA_FIELDS.map(([field]) => cell(record[field])).join(',')),
  ];
  return new Response(`\uFEFF${lines.join('\r\n')}\r\n`, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="haochaping-gongshi.csv"',
    },
  });
}
