import { WEEKDAY_NAME } from '../../dates/weekdayNames.js';
import { AR_WEEKDAY } from './presentTodayAr.js';
import { TOMORROW_WORD } from './relativeDay.js';

// Session 27 (round t42k; round 16 read the English, French and Spanish days for the fields,
// relativeDay.ts): a news item dates its meeting from its own day, not by the calendar: a
// weekday ("will meet on Monday", `se reunirá este sábado`, `se réunira lundi`, `проведет в
// понедельник`, `يعقد … يوم الاثنين`, `将于周一举行`), today or tomorrow (`今天将召开`, `demain`,
// `hoy`, `завтра`, `غدًا`), or a day of the current month alone (`将于19日开始`). In a sentence that
// looks ahead, such a day places one meeting as a full date does, for the kind decision only
// (cues/leaningToNote.ts): the day itself needs the item's stamp to be read, which the date finder
// decides. "Morning" (`por la mañana`) and a day's name in another sense (Arabic `اليوم الدولي`,
// "International Day") are not days.
const LATIN = String.raw`(?<![\p{L}])(?:${WEEKDAY_NAME}|today|tonight|aujourd['’]hui|hoy|${TOMORROW_WORD}|понедельник|вторник|сред[ау]|четверг|пятниц[ау]|суббот[ау]|воскресенье|сегодня|завтра)(?![\p{L}])`;
const ARABIC = String.raw`(?<![\p{L}])(?:${AR_WEEKDAY}|غدا|غدًا|غداً)(?![\p{L}])`;
const CHINESE = String.raw`今天|今日|明天|明日|(?:周|星期|禮拜|礼拜)[一二三四五六日天]|(?<![月\d])(?:于|於|在)\d{1,2}日`;

const RELATIVE_DAY = new RegExp(`${LATIN}|${ARABIC}|${CHINESE}`, 'iu');

/** Whether the sentence names a day relative to the text's own: a weekday, today, tomorrow. */
export function namesRelativeDay(sentence: string): boolean {
  return RELATIVE_DAY.test(sentence);
}
