// Round h13t: a Russian or Arabic meeting named with its subject after the word for "on" or
// "about", unquoted (`Совет проведет 23 октября открытые дебаты по Ближнему Востоку, в ходе
// которых …`, `ستعقد إحاطة بشأن الشرق الأوسط`), in a sentence looking forward to it: the subject,
// as printed (the Russian in its case) up to the next comma or full stop, is a theme, as “open
// debate on X” gives one in English (themeCues.ts, `announcedSubject`, at its 0.5). Not the
// Arria formula (`заседание по формуле Арриа` names the format) nor `на тему` / `по теме`, which
// quotedThemeCues.ts reads with its quotation.
import { candidate, type Cue } from './Candidate.js';
import { RU_AR_MEETING } from '../meetingWordsRuAr.js';
import { looksForward, recordsPast } from '../sentenceTense.js';
import { themed } from './themed.js';
import { namedAheadRuAr } from './namedAheadRuAr.js';
import { FOCUS_AR } from './leaningToNote.js';

// Round h14t: `по вопросу` ("on the question of") names the subject after it, which may hold a
// quoted word (`открытые дебаты по вопросу глобального "уравнения безопасности"`): the subject is
// read past the quotation, to the next comma or full stop.
const QUESTION_OF = String.raw`(?:вопросу|проблеме)\s+`;
const SUBJECT = String.raw`((?:[^,،.;؛:«»"“”()\n]|"[^"\n]{1,60}"|«[^»\n]{1,60}»|“[^”\n]{1,60}”){3,120})`;
const MEETING_ABOUT = new RegExp(
  String.raw`(?<![\p{L}])${RU_AR_MEETING}(?![\p{L}])(?:\s+[\p{L}\p{M}-]+){0,3}?\s+(?:по\s+${QUESTION_OF}|(?:по|о|об|بشأن|حول)\s+(?!формул|тем[еуы](?![\p{L}])))${SUBJECT}`,
  'u',
);

// Round h14t: the subject named before the verb ends at it (`открытые дебаты по вопросу X пройдут 16
// июля`, `состоится`, `начнутся`).
const TAKES_PLACE =
  /\s+(?:пройд(?:ут|ет|ёт)|состо(?:ится|ятся)|начн(?:ется|утся|ётся)|будут|будет)(?![\p{L}])[\s\S]*$/u;

// Round t43b: an Arabic meeting said to focus on or take up its subject (`جلسة مجلس الأمن تركز على
// X`, "Security Council meeting focuses on X", or the verb first, `وستتناول الجلسة X`), a news headline's present as
// much as a future: the verb names what the meeting is about, as "will focus on" does in English
// (themeFocus.ts), and the kind decision already reads it as a meeting (leaningToNote.ts).
const MEETING_FOCUS = new RegExp(
  String.raw`(?<![\p{L}])${RU_AR_MEETING}(?![\p{L}])(?:\s+[\p{L}\p{M}-]+){0,3}?\s+${FOCUS_AR}\s+${SUBJECT}|(?<![\p{L}])و?${FOCUS_AR}\s+${RU_AR_MEETING}(?![\p{L}])\s+${SUBJECT}`,
  'u',
);

export const meetingAboutRuAr: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const found = MEETING_FOCUS.exec(text);
    const focus = found?.[1] ?? found?.[2];
    // Round t42b: or one naming the meeting as upcoming or as its note's (namedAheadRuAr.ts).
    if (!(focus || looksForward(text) || namedAheadRuAr(text)) || recordsPast(text)) return [];
    const subject = (focus ?? MEETING_ABOUT.exec(text)?.[1])?.replace(TAKES_PLACE, '').trim();
    if (!subject) return [];
    // Round h14t: a subject opening on a quoted word keeps its marks (`"зеленого" финансирования`).
    return /^["«“][^"«»“”]+["»”]\s+\p{L}/u.test(subject)
      ? [candidate(subject, 0.5, text, 'meetingAboutRuAr')]
      : [themed(subject, 0.5, text, 'meetingAboutRuAr')];
  });
