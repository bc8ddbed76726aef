// Words as a reader of a UN statement counts them: whitespace-separated tokens that hold a
// letter or digit, after footnote markers are dropped and em dashes and ellipses split.

/** Superscript digits used as footnote markers (¹²³ and U+2070–U+2079). */
const SUPERSCRIPT_DIGITS = /[\u00B9\u00B2\u00B3\u2070-\u2079]+/g;
/** Bracketed footnote numbers glued to the preceding text: "violence.[12]", "it[1][2]". */
const GLUED_BRACKET_FOOTNOTE = /(\S)(?:\[\d{1,3}\])+/g;
/** A word broken at a line end by a hyphen, continued in lower case on the next line. */
const LINE_BREAK_HYPHEN = /(\p{L})-[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu;
/** Digit groups separated by a (narrow) no-break or thin space: "1 000 000" is one number. */
const SPACED_DIGIT_GROUP = /(\d)[\u00A0\u2009\u202F](?=\d{3}(?!\d))/g;
/** Separators besides whitespace: em dash, horizontal bar, "--", ellipsis, "...". */
const SEPARATORS = /[\s\u2014\u2015\u2026]+|-{2,}|\.{3,}/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Text with footnote markers and line-break hyphenation removed. */
function cleanForCounting(text: string): string {
  // The guards skip whole regex passes for the common paragraph: this runs on every keystroke.
  let clean = text.includes('\n') ? text.replace(LINE_BREAK_HYPHEN, '$1-') : text;
  clean = clean.replace(SPACED_DIGIT_GROUP, '$1').replace(SUPERSCRIPT_DIGITS, '');
  return clean.includes('[') ? clean.replace(GLUED_BRACKET_FOOTNOTE, '$1') : clean;
}

function isWord(token: string): boolean {
  // "&" is read aloud ("and"); other lone symbols, quotes and dashes are not words.
  return token === '&' || WORD_CHARACTER.test(token);
}

/**
 * The words of a text, in order, as written (punctuation kept, footnote markers dropped).
 * "S/2021/311", "2,500", "peace-building" and "Mr." are one word each.
 */
export function wordTokens(text: string): string[] {
  return cleanForCounting(text).split(SEPARATORS).filter(isWord);
}

/** A Han character: Chinese is written without spaces, one character per spoken syllable. */
const HAN = /\p{Script=Han}/u;
const HAN_CHARACTERS = /\p{Script=Han}/gu;

/**
 * Units of one token: 1 for an alphabetic word; for Chinese, one per character (the unit of
 * the Chinese speaking rate, characters per minute) plus one per number or Latin word in it,
 * so "2021年通过的决议" counts 1 + 6.
 */
function tokenUnits(token: string): number {
  if (!HAN.test(token)) return 1;
  const characters = token.match(HAN_CHARACTERS)?.length ?? 0;
  const others = token.replace(HAN_CHARACTERS, ' ').split(/\s+/).filter(isWord).length;
  return characters + others;
}

/**
 * Number of words in a text, counted as {@link wordTokens} splits it; Chinese characters
 * count one each (see docs/languages.md, speaking time).
 */
export function countWords(text: string): number {
  let units = 0;
  for (const token of wordTokens(text)) units += tokenUnits(token);
  return units;
}
