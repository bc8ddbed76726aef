// Round zh (session 19): the floor's limit in Chinese, `发言时间限于5分钟`, `每位发言者的发言不超过
// 三分钟`, `发言应限制在4分钟以内`: a statement (`发言`) and, within the clause, a limit's verb and
// its minutes, in figures or in Chinese numerals. A briefer's slot (`通报者`, `主讲人`) is not it.
// Round h14t: and a limit asked for (`请控制在3分钟以内`, `请勿超过4分钟`, `请不要超过`).
import { chineseNumeralValue } from '../../text/chineseNumeral.js';

const LIMIT =
  /发言[^。；，]{0,12}?(?:限于|限为|限制在|限定为|控制在|不超过|不得超过|不应超过|不宜超过|(?:请)?勿超过|(?:请)?不要超过|以)\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*分钟/u;
const BRIEFER = /通报者|通报人|主讲人|小组成员|嘉宾/u;

/** The minutes a Chinese sentence limits statements to, or null. */
export function speakingLimitZh(text: string): number | null {
  const match = LIMIT.exec(text);
  if (!match?.[1] || BRIEFER.test(text.slice(0, match.index + match[0].length))) return null;
  const value = /^\d+$/u.test(match[1]) ? Number(match[1]) : chineseNumeralValue(match[1]);
  return value !== null && value > 0 ? value : null;
}
