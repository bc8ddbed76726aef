import type { Cue } from './Candidate.js';
import { QUOTED, quotedWords } from './quoted.js';
import { themed } from './themed.js';
import { placed } from './themePlaced.js';

// Round w38bt: an invitation may name its meeting only in its subject line and say in its body
// where and when "we will meet" (`nous nous réunirons`, `nos reuniremos`): "… to join members of
// the Security Council next Tuesday, from 3 to 5.30 p.m., in Conference Room 4, where we will meet
// with journalists …". The verb announces the meeting as a meeting word with a future does, so
// the hours in its sentence are the meeting's when no day is given (a time stands without a day,
// round 16's merge).
export const WILL_MEET =
  /(?<![\p{L}])(?:(?:we|they|members|participants)\s+will\s+meet|nous\s+nous\s+réunirons|nos\s+reuniremos)(?![\p{L}])/iu;

// The subject they will meet on, quoted (`… where we will meet with journalists and press-freedom
// advocates on "X"`, `… où nous nous réunirons … sur « X »`): the theme named in full, over the
// subject line that shortens it (the convention "a theme named twice is taken where it is named
// in full"), at the confidence of a meeting named with a quotation.
const MEET_QUOTED = new RegExp(
  String.raw`${WILL_MEET.source}[^.;“”"«»]{0,160}?\s(?:on|sur|sobre)\s*:?\s*${QUOTED}`,
  'iu',
);

export const meetQuoted: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }) => {
    const words = quotedWords(MEET_QUOTED.exec(text));
    return words ? [themed(words, placed(0.8, text), text, 'meetQuoted')] : [];
  });
