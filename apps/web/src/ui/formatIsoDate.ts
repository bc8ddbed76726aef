// Calendar dates ("2021-04-19") in the reader's own style ("19 April 2021"). Formatted in
// UTC: a meeting date is a day, not a moment, and must not shift with the time zone.
import { formatLocale } from '../i18n/catalogue';

const dateFormat = new Intl.DateTimeFormat(formatLocale(), { dateStyle: 'long', timeZone: 'UTC' });

/** "19 April 2021" for "2021-04-19"; null for no date or one that cannot be read. */
export function formatIsoDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : dateFormat.format(date);
}
