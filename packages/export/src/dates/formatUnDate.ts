// UN editorial style writes dates as "19 April 2021", never 19/04/2021 or April 19; the date
// itself comes from statement-model's Intl-based formatter, this adds a time of day.
import { formatUnDate as formatDate } from '@plenary/statement-model';

const WITH_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/;

/**
 * "2021-04-19" → "19 April 2021"; "2021-04-12T18:00" → "12 April 2021, 18:00".
 * Anything else is returned trimmed and unchanged: it is the user's own wording.
 */
export function formatUnDate(value: string): string {
  const timed = WITH_TIME.exec(value.trim());
  return timed ? `${formatDate(timed[1] ?? '')}, ${timed[2]}` : formatDate(value);
}
