import { westernDigits } from '../dates/westernDigits.js';
import { CHINESE_NUMBER, chineseNumeralValue } from './chineseNumeral.js';
// The labels list items and paragraphs carry in UN documents and in the notes drafters
// write: "12.", "(a)", "a)", "(iv)", "iv.", "•", "-", "–".

export type LabelKind = 'number' | 'letter' | 'roman' | 'bullet';

export interface Label {
  kind: LabelKind;
  /** "12", "a", "iv"; empty for bullets. */
  value: string;
  /** The text after the label. */
  rest: string;
  /**
   * The mark as the note prints it, without a trailing full stop, colon or dash: "(a)", "a)",
   * "a" for "a.", "1)", "(1)", "Q1", "Question 1" (the 2026-12-05 convention: a delegation
   * quotes the presidency's own labels). Empty for bullets.
   */
  printed: string;
  /** A bullet's own mark ("•", "–", "-"): a list's sub-items often carry another. */
  glyph?: string;
}

// Round ruar: or in Arabic-Indic digits (`١. ما هي …؟`), read as 0–9 (dates/westernDigits.ts).
// Round zh: or with no space before a Chinese item (`1.各国如何…？`, `2．…`).
const NUMBER = /^([\d\u0660-\u0669]{1,3})(?:[.)]\s+|[.)．](?=[\p{Script=Han}“「《]))(\S.*)$/su;
const PARENTHESIZED_NUMBER = /^\((\d{1,3})\)\s*(\S.*)$/s;
// A number spelled out as a question's own label: "Question 1:", "Q2.", "Pregunta 3 –".
const NAMED_NUMBER = /^(?:questions?|q|pregunta|cuesti[oó]n)\s*(\d{1,2})\s*[:.)–-]\s*(\S.*)$/isu;
const PARENTHESIZED = /^\(([a-z]{1,2}|[ivxlc]{1,6}|[A-Z])\)\s*(\S.*)$/s;
const CLOSING = /^([a-z]{1,2}|[ivxlc]{1,6}|[A-Z])[.)]\s+(\S.*)$/s;
// \uF0B7, \uF0A7, \uF076, \uF0D8, \uF0FC: Word's Symbol and Wingdings bullets as PDF text gives
// them; "o", Word's second-level bullet, as text export and PDF extraction give it.
const BULLET = /^(?:[•▪●◦·‣∙○■□➢►✓\uF0B7\uF0A7\uF076\uF0D8\uF0FC]\s*|[*–—-]\s+|o\s+(?=\S))(\S.*)$/s;
const ROMAN = /^[ivxlc]+$/;

/**
 * "i" is a roman numeral after "h" only in its own list; callers that know the previous
 * letter pass it so that "(i)" after "(h)" stays a letter.
 */
function letterOrRoman(value: string, previousLetter: string | null): LabelKind {
  if (
    value.length === 1 &&
    previousLetter &&
    value.charCodeAt(0) === previousLetter.charCodeAt(0) + 1
  ) {
    return 'letter';
  }
  return ROMAN.test(value) && (value.length > 1 || value === 'i') ? 'roman' : 'letter';
}

/** The mark before `rest` in `block`, without its trailing full stop, colon or dash. */
function printedMark(block: string, rest: string): string {
  return block
    .slice(0, block.length - rest.length)
    .trim()
    .replace(/\s*[.:–、-]$/u, '')
    .replace(/\s+/gu, ' ');
}

/**
 * A capital letter labels a list as a small one does ("A.", "(B)", "C)"); round 12a. A capital
 * that is also a roman numeral (I, V, X, L, C, D, M: "V. Briefers" heads a section) needs the
 * letter before it in the alphabet as the list's previous label ("H" before "I", "B" before
 * "C"); and a short line without closing punctuation after a capital ("A. Background",
 * "(B) Context") is a section's heading, not an item.
 */
function isCapitalLabel(value: string, rest: string, previousLetter: string | null): boolean {
  if (!/^[A-Z]$/.test(value)) return false;
  if (ROMAN_CAPITALS.includes(value)) {
    const before = String.fromCharCode(value.charCodeAt(0) - 1);
    if (previousLetter?.toUpperCase() !== before) return false;
  }
  return !isHeadingLike(rest);
}

const ROMAN_CAPITALS = 'IVXLCDM';

/** Up to six words with no full stop, question mark, colon or semicolon at the end. */
function isHeadingLike(rest: string): boolean {
  const line = rest.trim();
  return !/[.?!:;…]["”’)]?$/u.test(line) && line.split(/\s+/u).length <= 6;
}

export function parseLabel(block: string, previousLetter: string | null = null): Label | null {
  const number = NUMBER.exec(block) ?? PARENTHESIZED_NUMBER.exec(block) ?? NAMED_NUMBER.exec(block);
  if (number?.[1] && number[2])
    return {
      kind: 'number',
      value: westernDigits(number[1]),
      rest: number[2],
      printed: printedMark(block, number[2]),
    };
  const chinese = chineseLabel(block);
  if (chinese) return chinese;
  const lettered = PARENTHESIZED.exec(block) ?? CLOSING.exec(block);
  if (lettered?.[1] && lettered[2]) {
    if (/^[A-Z]$/.test(lettered[1]) && !isCapitalLabel(lettered[1], lettered[2], previousLetter))
      return null;
    const kind = letterOrRoman(lettered[1], previousLetter);
    return {
      kind,
      value: lettered[1],
      rest: lettered[2],
      printed: printedMark(block, lettered[2]),
    };
  }
  const bullet = BULLET.exec(block);
  if (bullet?.[1])
    return { kind: 'bullet', value: '', rest: bullet[1], printed: '', glyph: block.charAt(0) };
  return null;
}

/**
 * Round zh: an item numbered in Chinese numerals (`一、…？`, `（二）…。`, chineseNumeral.ts); a
 * line without closing punctuation after one (`二、指导性问题`) is a section's heading.
 */
function chineseLabel(block: string): Label | null {
  const match = CHINESE_NUMBER.exec(block);
  const rest = match?.[3];
  const value = chineseNumeralValue(match?.[1] ?? match?.[2] ?? '');
  if (!rest || value === null || !/[。？！：；?.!:;]["”’）)]?$/u.test(rest.trim())) return null;
  return { kind: 'number', value: String(value), rest, printed: printedMark(block, rest) };
}
