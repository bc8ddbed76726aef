import { findDates } from '../../dates/findDates.js';
import { withoutDecisionDates } from './decisionDate.js';
import { withoutFoundingDates } from './foundingDate.js';
import { withoutPeriodSpans } from './periodSpan.js';

// Round w38bt: a deadline written without its year ("a más tardar el miércoles 8 de septiembre",
// "by Monday, 8 March") takes it from the meeting's date; when the meeting has none (a day the
// text names only as "next Thursday", or none at all), from the text's own latest full date (an
// e-mail's "Sent:" line, a letter's date, a dateline), by the convention that a date without a
// year takes its year from the text itself or not at all. A resolution's or a founding date, and
// a period the text mentions, lend none, as findMeeting's yearless dates take none from them.

/** The text's latest full date (ISO), the reference a yearless deadline takes its year from. */
export function latestTextDate(blocks: readonly string[]): string | null {
  return (
    blocks
      .flatMap((block) =>
        findDates(withoutPeriodSpans(withoutFoundingDates(withoutDecisionDates(block)))),
      )
      .map(({ iso }) => iso)
      .filter((iso) => iso.length === 10)
      .sort()
      .at(-1) ?? null
  );
}
