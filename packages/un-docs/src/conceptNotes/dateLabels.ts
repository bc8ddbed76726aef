// Where a text labels its meeting's date ("Date:", `Fecha y lugar:`, `日期：`) and where a date
// dates something else (a letter "dated …", a deadline "by …"), for findMeeting.ts.
import { findDates } from '../dates/findDates.js';
import { WEEKDAY_NAME } from '../dates/weekdayNames.js';
import { endingAt } from '../text/endingAt.js';
import { DECISION_OF } from './cues/decisionDate.js';

// A field may be a bullet of an event page's list ("- date: 4 May 2015"). "Date and time:",
// "Date/time:", "Date & time:" alike; round 12a: the date's label may join it to one more thing
// the line holds ("Date and venue:", `Date et lieu :`, `Fecha y lugar:`), whatever that word is.
// Round ruar: `Дата:`, `التاريخ:`; round zh: `日期：`, with its full-width colon.
const DATE_WITH = String.raw`(?:dates?(?:\s*(?:\s(?:and|et)\s|[/&])\s*\p{L}+)?|fechas?(?:\s*(?:\sy\s|\/)\s*\p{L}+)?|дата|(?:ال)?تاريخ|日期(?:和时间|及时间|和地点)?)`;
export const FIELD = new RegExp(
  String.raw`^(?:[-*•▪◦]\s+)?(?:${DATE_WITH}|when|quand|cuándo)\s*[:：]`,
  'iu',
);

// Also a date that dates a document ("my letter of 2 August 2024", "its note of 2 April",
// "ma lettre du 3 mai", "mi carta del 3 de mayo"): a letter or note the text refers to; round
// 16, a resolution or decision by its number (`cues/decisionDate.ts`).
const BEFORE_DATE = new RegExp(
  String.raw`(?:dated|by|before|until|no later than|Distr\.?:?\s*General|datée? du|de fecha|au plus tard le|a más tardar el|avant le|antes del|(?<![\p{L}])(?:letters?|notes?|communications?|messages?|e-?mails?|lettres?|cartas?|notas?)\s+(?:of|du|del|de)(?:\s+(?:the|el|la|le))?|(?<![\p{L}])${DECISION_OF})\s*(?:\p{L}+,?\s*)?$`,
  'iu',
);

// A date label inside a line, as a table or a web page flattened to one line prints it
// ("… CONCEPT NOTE Date and Venue 29 May 2013, 9:00 – 12:00, …", "Date and venue: / 17
// March 2016"): the date right after the label is the meeting's.
// The label may stand before the date's weekday ("Date et lieu : mercredi 23 juin 2027").
const DATE_LABEL = new RegExp(
  String.raw`(?<![\p{L}])${DATE_WITH}\s*:?\s*(?:[/|]\s*)?(?:${WEEKDAY_NAME},?\s*)?$`,
  'iu',
);

const labelEndsAt = endingAt(DATE_LABEL);
// Round 15c: a date joined by "and" to a document's date dates a document too ("my letters
// dated 12 July 2024 and 24 July 2024", `mis cartas de fecha 3 de marzo de 2027 y 17 de marzo`).
const DOCUMENT_DATED = String.raw`(?:dated|datée?s?\s+du|de\s+fecha|(?<![\p{L}])(?:letters?|notes?|communications?|messages?|lettres?|cartas?|notas?)\s+(?:of|du|del|de))`;
const DAY_WRITTEN = String.raw`(?:\d{1,2}(?:er)?\s+(?:de\s+)?\p{L}+(?:,?\s+(?:de\s+)?\d{4})?|\p{L}+\s+\d{1,2}(?:,\s*\d{4})?)`;
const AND_DOCUMENT_DATE = new RegExp(
  String.raw`${DOCUMENT_DATED}\s+${DAY_WRITTEN}\s*,?\s*(?:and|et|y)\s+$`,
  'iu',
);
const beforeDocumentDateEndsAt = endingAt(BEFORE_DATE);
const andDocumentDateEndsAt = endingAt(AND_DOCUMENT_DATE);

/** Whether the date at `index` is a document's or a deadline's, not the meeting's ("dated …", "by …"). */
export function beforeDateEndsAt(sentence: string, index: number): boolean {
  return beforeDocumentDateEndsAt(sentence, index) || andDocumentDateEndsAt(sentence, index);
}

/** The meeting's date where a label ("Date and venue:") stands right before it in a line. */
export function labelledDate(sentence: string): string | null {
  const date = findDates(sentence).find(
    (found) =>
      found.iso.length === 10 &&
      labelEndsAt(sentence, found.index) &&
      !beforeDateEndsAt(sentence, found.index), // "Carta de fecha …" dates a letter
  );
  return date?.iso ?? null;
}
