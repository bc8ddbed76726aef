// Round zh (session 19): Chinese lists number their items in Chinese numerals, `一、` or `（一）`,
// as well as in figures (`1.`); `十一` is 11, `二十` 20.

const DIGITS = '〇一二三四五六七八九';

/** The value of a Chinese numeral from 1 to 99 (`三` → 3, `十二` → 12), or null. */
export function chineseNumeralValue(numeral: string): number | null {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(numeral);
  if (!match || numeral === '') return null;
  const [, tens, ten, units] = match;
  if (!ten) return tens && !units ? DIGITS.indexOf(tens) : null;
  return (tens ? DIGITS.indexOf(tens) : 1) * 10 + (units ? DIGITS.indexOf(units) : 0);
}

// `一、…`, `（一）…`, `(一)…`: a numeral and its mark, then the item.
export const CHINESE_NUMBER =
  /^(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[）)])\s*(\S.*)$/su;
