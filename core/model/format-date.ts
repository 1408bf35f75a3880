/** Dates as people read them, in the deck's language and region: "March 14, 2026", "14 March 2026". */

/**
 * Format an ISO date (YYYY-MM-DD) for `locale` with Intl, in UTC so the day never shifts with the
 * printing computer's time zone. Anything that is not an ISO date is returned unchanged (a deck
 * may say "Spring 2026").
 */
export function formatDate(value: string | undefined, locale: string): string | undefined {
  if (!value) return value;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return value;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime())) return value;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
}
