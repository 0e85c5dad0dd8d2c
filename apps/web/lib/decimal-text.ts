/** Exact arithmetic on decimals written with at most 2 places ("51.25"), as the API takes them. */

const TWO_PLACES = /^\d{1,13}(\.\d{1,2})?$/;

/** True for a non-negative decimal with at most 2 decimal places. */
export function isTwoPlaceDecimal(value: unknown): value is string {
  return typeof value === 'string' && TWO_PLACES.test(value.trim());
}

/** Hundredths of a two-place decimal, e.g. "51.25" → 5125; undefined for anything else. */
function hundredths(value: string): number | undefined {
  if (!isTwoPlaceDecimal(value)) return undefined;
  const [whole, fraction = ''] = value.trim().split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** The exact sum of the well-formed values, written like "100" or "99.5"; malformed or empty ones are skipped. */
export function sumTwoPlaceDecimals(values: readonly (string | null | undefined)[]): string {
  const total = values.reduce((sum, value) => sum + (value ? (hundredths(value) ?? 0) : 0), 0);
  const whole = Math.floor(total / 100);
  const fraction = total % 100;
  if (fraction === 0) return String(whole);
  return `${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
}

/** A byte count as people read it: 512 B, 1.5 KB, 20 MB. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number(value.toFixed(1))} ${units[unit]}`;
}
