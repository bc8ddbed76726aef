import { findDates } from '../../dates/findDates.js';
import { endingAt } from '../../text/endingAt.js';

// Round 16: a resolution or decision cited by its number and date ("resolution 78/3 of 16 October
// 2023", `résolution 2378 du 20 septembre 2017`, `resolución 2419 del 6 de junio de 2018`) is the
// meeting's history: its date is not the meeting's, and it gives no year to a day the text names
// without one (docs/importing.md, the convention on dates without a year).

/** The words that date a resolution or decision, up to its date. */
export const DECISION_OF = String.raw`(?:resolutions?|résolutions?|resoluci[oó]n(?:es)?|decisions?|décisions?|decisi[oó]n(?:es)?)\s+\p{L}*[\d/.]+[\p{L}\d/.()-]*\s+(?:of|du|del|de)(?:\s+(?:the|el|la|le))?`;

const DATES_DECISION = new RegExp(String.raw`(?<![\p{L}])${DECISION_OF}\s*(?:\p{L}+,?\s*)?$`, 'iu');

// Tried only where each date starts (text/endingAt.ts): a programme of thousands of dated lines
// read as one sentence stays linear.
const datesDecisionAt = endingAt(DATES_DECISION);

/** The text without the dates of the resolutions and decisions it cites. */
export function withoutDecisionDates(text: string): string {
  return findDates(text)
    .filter((found) => datesDecisionAt(text, found.index))
    .reverse()
    .reduce((rest, found) => rest.slice(0, found.index) + rest.slice(found.end), text);
}
