// Round zh (session 19): a deadline in Chinese follows its date (`于2027年4月15日前`, `3月5日之前`,
// `截至2027年3月5日`), where the other languages put the relation before it (findDeadline.ts);
// and the words about a delegation's text and sending it (`发言稿`, `书面发言`, `发送至`, `提交`).
import { findDates } from '../../dates/findDates.js';

export const ZH_TEXT_WORD = /发言|书面|提交|发送|报名/u;

const AFTER_DATE =
  /^\s*(?:[（(][^）)]{1,12}[）)])?\s*(?:[上下]午\d{1,2}[时点])?\s*(?:之前|以前|前)/u;
const BEFORE_DATE = /(?:截至|截止(?:日期|时间)?(?:为|是)?|不晚于|最迟(?:于|在)?)\s*$/u;

/** The dates in `text` a Chinese relation makes deadlines (ISO, a year perhaps missing). */
export function chineseDeadlines(text: string): string[] {
  return findDates(text)
    .filter(
      ({ index, end }) =>
        AFTER_DATE.test(text.slice(end)) ||
        BEFORE_DATE.test(text.slice(Math.max(0, index - 12), index)),
    )
    .map(({ iso }) => iso);
}
