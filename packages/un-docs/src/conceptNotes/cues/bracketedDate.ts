import { findDates } from '../../dates/findDates.js';

// Round 29: a full date in brackets dates what the bracket follows, not the sentence's meeting:
// "in the lead up to the UN Summit for the adoption of the post-2015 agenda (25-27 September 2015
// in New York)", "ahead of the Fourth Conference on Small Island Developing States (27–30 May
// 2024, Antigua and Barbuda)". Where the text prints the meeting's own date on a line of its own
// ("26 May 2015 - 27 May 2015" under the title), such an aside does not outrank it.
const BRACKET = /\([^()]{4,120}\)/gu;

/** The sentence without the brackets that hold a full date. */
export function withoutBracketedDates(text: string): string {
  return text.replace(BRACKET, (bracket) =>
    findDates(bracket).some(({ iso }) => iso.length === 10) ? '' : bracket,
  );
}
