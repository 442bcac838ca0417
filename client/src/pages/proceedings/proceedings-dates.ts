/**
 * The proceedings' dates, in words, for a language passed in. Calendar dates (YYYY-MM-DD on the
 * event's clock) are read at noon UTC and formatted in UTC, so no time zone moves them a day.
 */

const LONG: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
};

function noonOf(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** "Friday, November 27, 2026" / "fredag 27 november 2026". */
export function formatLongDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, LONG).format(noonOf(date));
}

/** The days an event spans, one date or a range ("27–28 november 2026"); '' for none. */
export function formatDateSpan(dates: readonly string[], locale: string): string {
  const sorted = [...dates].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return '';
  if (first === last) return formatLongDate(first, locale);
  return new Intl.DateTimeFormat(locale, LONG).formatRange(noonOf(first), noonOf(last));
}
