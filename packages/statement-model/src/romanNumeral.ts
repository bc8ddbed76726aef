// Lower-case Roman numerals, as UN documents number third-level list items ("(iv)") and as
// Word's lowerRoman/upperRoman list formats do. Used by the exports and the DOCX importer.

const NUMERALS: readonly (readonly [number, string])[] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** 14 → "xiv"; numbers below 1 (which have no numeral) as digits. */
export function romanNumeral(n: number): string {
  let rest = Math.floor(n);
  let out = '';
  for (const [value, numeral] of NUMERALS) {
    for (; rest >= value; rest -= value) out += numeral;
  }
  return out || String(n);
}
