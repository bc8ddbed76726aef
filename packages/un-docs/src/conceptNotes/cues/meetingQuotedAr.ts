// Round h13t: an Arabic meeting named with a quotation after `بشأن` or `حول` ("on", "about":
// `مناقشة مفتوحة على المستوى الوزاري بشأن "…"`, `اجتماع حول «…»`) is named with its theme, as
// "open debate on “…”" is (quotedThemeCues.ts, meetingQuoted): up to five words (its level, its
// kind's adjective) may stand between the meeting's word and the preposition. An agenda item
// quoted so (`بند جدول الأعمال المعنون "…"`) is no theme (round 28's merge). Russian quotes a
// theme after `на тему`, read by quotedThemeCues.ts.
import type { Cue } from './Candidate.js';
import { RU_AR_MEETING } from '../meetingWordsRuAr.js';
import { QUOTED, quotedWords } from './quoted.js';
import { themed } from './themed.js';
import { placed } from './themePlaced.js';

const ABOUT = String.raw`(?:بشأن|حول)`;
const MEETING_ABOUT_QUOTED = new RegExp(
  String.raw`(?<![\p{L}])${RU_AR_MEETING}(?![\p{L}])(?:\s+[\p{L}'’-]+){0,5}?\s+${ABOUT}\s*:?\s*${QUOTED}`,
  'u',
);
const AGENDA_ITEM = /جدول\s+الأعمال/u;

export const meetingQuotedAr: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const match = MEETING_ABOUT_QUOTED.exec(text);
    if (match === null || AGENDA_ITEM.test(match[0])) return [];
    const words = quotedWords(match);
    return words ? [themed(words, placed(0.8, text), text, 'meetingQuotedAr')] : [];
  });
