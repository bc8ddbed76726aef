// List markers after UN practice, the same as in the Word export (1. → (a) → (i), • → –),
// and the superscript numbers of citation notes.
import { romanNumeral } from '@plenary/statement-model/romanNumeral';

function letters(n: number): string {
  let rest = n;
  let out = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    out = String.fromCharCode(97 + digit) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out || String(n);
}

export function listMarker(ordered: boolean, depth: number, n: number): string {
  if (!ordered) return depth % 2 === 0 ? '•' : '–';
  switch (depth % 3) {
    case 0:
      return `${n}.`;
    case 1:
      return `(${letters(n)})`;
    default:
      return `(${romanNumeral(n)})`;
  }
}

const DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 12 → "¹²": note markers that need no baseline shift and survive text extraction. */
export function superscriptNumber(n: number): string {
  return [...String(n)].map((digit) => DIGITS[Number(digit)] ?? digit).join('');
}
