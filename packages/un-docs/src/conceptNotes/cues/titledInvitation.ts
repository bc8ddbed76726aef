import { MEETING_WORD, PAST } from '../meetingWords.js';
import type { NoteSentence } from '../NoteText.js';

// Round w36ct: an invitation may set the meeting's title on a line of its own, in quotation
// marks, between the sentence naming the meeting and the rest of that sentence ("… are pleased
// to invite you to a side event …, entitled" / "“Who cares …?”" / "on Wednesday, the 10th of
// March, from 1.15 to 2.30 p.m., …"). The day after the title is the meeting's, as if the
// sentence had run on: the line before ends on the word that introduces a title and names a
// meeting not held yet.
const INTRODUCES_TITLE =
  /(?<![\p{L}])(?:entitled|titled|intitulée?s?|titulad[oa]s?|denominad[oa]s?|under\s+the\s+(?:title|theme)|on\s+the\s+theme|sur\s+le\s+thème|sous\s+le\s+thème|sobre\s+el\s+tema|bajo\s+el\s+(?:título|lema))\s*:?$/iu;
const OPENS_QUOTED = /^["“«‘„]/u;

/** Whether the sentence continues, after a quoted title line, a sentence naming the meeting. */
export function continuesTitledMeeting(sentence: NoteSentence, blocks: readonly string[]): boolean {
  const block = blocks[sentence.block] ?? '';
  const before = blocks[sentence.block - 1] ?? '';
  return (
    OPENS_QUOTED.test(block) &&
    INTRODUCES_TITLE.test(before) &&
    MEETING_WORD.test(before) &&
    !PAST.test(before)
  );
}
