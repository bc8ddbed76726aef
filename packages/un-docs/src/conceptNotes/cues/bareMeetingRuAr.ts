import { recordsPast } from '../sentenceTense.js';
import { namesRelativeDay } from './dayFromItsOwn.js';
import { findDates } from '../../dates/findDates.js';
import { AR_PRESENT_TODAY } from './presentTodayAr.js';

// Round t43a: Russian and Arabic news name the meeting they announce by the bare word for a
// meeting as often as by a kind (`Первое заседание под председательством России состоится 3
// октября`, `откроется 4-я пленарная встреча`, `يعقد مجلس الأمن، يوم الاثنين، جلسة …`), as English
// notes do (“The meeting will be held on …”, cues/scheduledMeeting.ts): the word for a meeting as
// the subject of a verb of taking place, or the object of a verb of holding, in the future (in
// Arabic also the present with its day, cues/presentTodayAr.ts), a few words at most between them
// and a day in the sentence, gives `meeting`. A plenary one (`пленарное заседание`, `пленарная
// встреча`, `جلسة عامة`) gives `plenary meeting`; other words with it are no qualifier of the closed
// list (Arabic `مفتوحة`, “open”, says who may attend, not which of the vocabulary's kinds it is).
// A meeting held (`состоялось`, `عقد`) or merely named names none; the weakest cue, read only
// when no kind of the vocabulary is named.

const BEFORE = String.raw`(?<![\p{L}])`;
const AFTER = String.raw`(?![\p{L}])`;
const WORDS = (most: number): string => String.raw`(?:[\p{L}\d-]+\s+){0,${most}}?`;
const RU_PLENARY = String.raw`(?<plenary>пленарн(?:ое|ая|ую)\s+)?`;
const RU_NOUN = String.raw`${RU_PLENARY}(?:заседание|встреч[аи])${AFTER}`;
const RU_NOUN_OBJECT = String.raw`${RU_PLENARY}(?:заседание|встречу)${AFTER}`;
const RU_TAKES_PLACE = String.raw`(?:состоится|пройд[её]т|откро[её]тся|начн[её]тся)${AFTER}`;
const RU_HOLDS = String.raw`(?:провед[её]т|проведут|созов[её]т|созовут)${AFTER}`;
const AR_NOUN = String.raw`(?:جلسة|اجتماع[اًا]*)(?<arPlenary>\s+عامة)?${AFTER}`;
const AR_HOLDS = String.raw`(?:${AR_PRESENT_TODAY}|[وف]?س[يت](?:عقد|ُعقد))${AFTER}`;

const SCHEDULED = [
  new RegExp(String.raw`${BEFORE}${RU_NOUN}\s+${WORDS(4)}${RU_TAKES_PLACE}`, 'iu'),
  new RegExp(String.raw`${BEFORE}${RU_TAKES_PLACE}\s+${WORDS(3)}${RU_NOUN}`, 'iu'),
  new RegExp(String.raw`${BEFORE}${RU_HOLDS}\s+${WORDS(3)}${RU_NOUN_OBJECT}`, 'iu'),
  new RegExp(String.raw`${BEFORE}${AR_HOLDS}[^.\n؟!]{0,60}?${BEFORE}${AR_NOUN}`, 'u'),
];

/** `meeting` (or `plenary meeting`) when `sentence` schedules a meeting named by no kind. */
export function scheduledBareMeetingRuAr(sentence: string): string | null {
  if (recordsPast(sentence)) return null;
  if (findDates(sentence).length === 0 && !namesRelativeDay(sentence)) return null;
  for (const pattern of SCHEDULED) {
    const found = pattern.exec(sentence);
    if (!found) continue;
    const plenary = found.groups?.plenary ?? found.groups?.arPlenary;
    return plenary ? 'plenary meeting' : 'meeting';
  }
  return null;
}
