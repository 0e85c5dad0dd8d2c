import { dateTimeParts } from '@/lib/format';

/**
 * A date and time (Beijing time) in a table cell: it may wrap between the date and the time, never inside
 * either, so a narrow column shows "2026-11-23" over "09:15:00" rather than "2026-11-" over "23".
 */
export function DateTimeText({ value }: { value: string | null | undefined }) {
  const parts = dateTimeParts(value);
  if (!parts) return null;
  return (
    <>
      <span className="data-table__nowrap">{parts.day}</span>{' '}
      <span className="data-table__nowrap">{parts.time}</span>
    </>
  );
}
