// Footnote markers travel as Unicode superscript digits whatever the source format
// (HTML <sup>, raised PDF glyphs), so one pattern finds them downstream.

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export function toSuperscript(digits: string): string {
  return digits.replace(/[0-9]/g, (digit) => SUPERSCRIPT_DIGITS[Number(digit)] ?? digit);
}

export function fromSuperscript(marker: string): number {
  let value = 0;
  for (const char of marker) value = value * 10 + SUPERSCRIPT_DIGITS.indexOf(char);
  return value;
}

/** A footnote block: superscript number, then its text ("¹ S/23500."). */
export const FOOTNOTE_LINE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$/;
