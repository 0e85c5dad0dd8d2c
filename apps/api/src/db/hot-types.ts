import pg from 'pg';

const TIMESTAMPTZ = 1184;
/** PostgreSQL's ISO output of a timestamptz: `2026-11-28 09:30:00.123+08` or with `+05:30`. */
const SHAPE = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?)([+-]\d{2})(:\d{2})?$/;

/**
 * timestamptz → Date by the engine's own ISO parser, about four times cheaper than pg's general one
 * (postgres-date), which showed in the profile of a page of cases: seven timestamps a row. Anything not in
 * the common shape (BC dates, infinity, other DateStyles) goes to pg's parser.
 */
export function parseTimestamptz(text: string): Date | string | number {
  const match = SHAPE.exec(text);
  if (!match) return (pg.types.getTypeParser(TIMESTAMPTZ) as (value: string) => Date)(text);
  return new Date(`${match[1]}T${match[2]}${match[3]}${match[4] ?? ':00'}`);
}

/** Type parsers for the hot queries: pg's defaults but for timestamptz. */
export const hotTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMPTZ && format !== 'binary'
      ? parseTimestamptz
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};
