import { candidate, type Cue } from './Candidate.js';
import { MEETING_WORD } from '../meetingWords.js';
import { ANNOUNCES } from './themePlaced.js';
import { FOCUS_DETAIL, trimFocus } from './themeFocus.js';
import { unquote } from './quoted.js';

// Round t43b: what a meeting will focus on, said in the next sentence through a pronoun ("The next
// annual meeting of the Council will be held on 4 March. It will focus on X.", `La prochaine réunion
// se tiendra le 4 mars. Elle portera sur X.`, `La reunión se celebrará el 4 de marzo. Se centrará en
// X.`), as "The meeting will focus on X" names its subject (themeFocus.ts, at its 0.5). Only when
// the sentence before opens on the meeting and announces it: "It" must be that meeting, not a
// body or a report named in between ("The Council adopted the report. It will focus on …").

const PRONOUN_FOCUS =
  /^(?:(?:It|This)\s+(?:will|shall|is\s+expected\s+to)\s+(?:(?:specifically|particularly|mainly|primarily)\s+)?(?:(?:focus|centre|center|concentrate)\s+on|be\s+(?:devoted|dedicated)\s+to)|(?:Elle|Il)\s+(?:portera\s+(?:principalement\s+|notamment\s+)?sur|sera\s+consacrée?\s+(?:à|aux?))|Se\s+(?:centrará|concentrará)\s+en|Estará\s+dedicad[oa]\s+a)\s+(.{4,250})$/u;
const OPENS_ON_MEETING = new RegExp(
  String.raw`^(?:the|this|la|le|l['’]|el|esta|cette)\s*(?:[\p{L}-]+\s+){0,4}?${MEETING_WORD.source}`,
  'iu',
);

export const pronounFocus: Cue<string> = ({ sentences }) =>
  sentences.flatMap(({ text }, index) => {
    const before = sentences[index - 1]?.text.trim() ?? '';
    if (!OPENS_ON_MEETING.test(before) || !ANNOUNCES.test(before)) return [];
    const words = PRONOUN_FOCUS.exec(text.trim())?.[1];
    const subject = words ? trimFocus(words.replace(FOCUS_DETAIL, '')) : null;
    return subject ? [candidate(unquote(subject), 0.5, text, 'pronounFocus')] : [];
  });
