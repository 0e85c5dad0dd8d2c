import { loadPublishedFigures, OPEN_DATA_FIELDS, openDataRecords } from '@/lib/published-figures';

/** 公示 open data as JSON: { fields: [{ name, label }], records: [...] }. */
export async function GET(): Promise<Response> {
  const figures = await loadPublishedFigures();
  return Response.json({
    asOf: figures.asOf,
    fields: OPEN_DATA_FIELDS.map(([name, label]) => ({ name, label })),
    records: openDataRecords(figures),
  });
}
