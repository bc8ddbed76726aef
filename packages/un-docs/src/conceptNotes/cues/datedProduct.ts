import { MONTH_NAMES, monthNumber } from '../../dates/monthNames.js';

// Round 30: a product the text dates by a month of another occasion ("issues that are central to
// negotiations of the September outcome document", "the political declaration that Member States
// will adopt at the September meeting", `le document final de septembre`) is that occasion's, not
// the outcome of a meeting held in another month: the meeting discusses it, it does not make it.
// A product dated by the meeting's own month is still the meeting's.

const PRODUCT = String.raw`(?:outcome\s+document|declaration|resolution|document\s+final|documento\s+final|déclaration|declaración|résolution|resolución)`;
const MONTH_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(${MONTH_NAMES})(?:['’]s)?\s+(?:\d{4}\s+)?(?:[\p{L}-]+\s+){0,2}?${PRODUCT}(?![\p{L}])`,
  'giu',
);
const MONTH_AFTER = new RegExp(
  String.raw`(?<![\p{L}])${PRODUCT}[^,;.]{0,60}?(?<![\p{L}])(?:of|at|in|du|de|d['’]|del|en|lors\s+de)\s+(?:the\s+|la\s+|le\s+|el\s+)?(?:[\p{L}-]+\s+){0,3}?(${MONTH_NAMES})(?![\p{L}])`,
  'giu',
);
// "may adopt a resolution", `el mar`: words that are month names only when capitalized or not at all.
const NOT_A_MONTH = new Set(['may', 'mar', 'sept', 'dic']);

function anotherMonth(name: string, meetingMonth: number | null): boolean {
  if (NOT_A_MONTH.has(name)) return false;
  const month = monthNumber(name);
  return month > 0 && month !== meetingMonth;
}

/** `text` with each product dated by a month other than the meeting's (`meetingDate`, ISO) blanked. */
export function withoutOtherMonthsProducts(text: string, meetingDate: string | null): string {
  const meetingMonth = meetingDate ? Number(meetingDate.slice(5, 7)) || null : null;
  const blank = (words: string, month: string) =>
    anotherMonth(month, meetingMonth) ? ' '.repeat(words.length) : words;
  return text.replace(MONTH_BEFORE, blank).replace(MONTH_AFTER, blank);
}
