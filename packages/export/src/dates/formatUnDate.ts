// UN editorial style writes dates as "19 April 2021", never 19/04/2021 or April 19.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}))?/;

/**
 * "2021-04-19" → "19 April 2021"; "2021-04-12T18:00" → "12 April 2021, 18:00".
 * Anything else is returned trimmed and unchanged: it is the user's own wording.
 */
export function formatUnDate(value: string): string {
  const match = ISO_DATE.exec(value.trim());
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return value.trim();
  const date = `${Number(match[3])} ${month} ${match[1]}`;
  return match[4] ? `${date}, ${match[4]}` : date;
}
