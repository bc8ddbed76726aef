import type { NoteLayout } from '../layout/NoteLayout.js';
import { MEETING_WORD } from './themeHeadingCues.js';

// Round 31b: a press release's headline set over two lines ("Secretary-General, General Assembly
// President Announce Convening of High-Level" / "Thematic Debate on World Economy and Finance in
// 2012, 17-18 May"): the lower line names the meeting and its subject, the upper one announces it
// and stops mid-phrase, without closing punctuation and naming no meeting of its own. Read
// together they are a headline, which shortens the subject the lede names in full (the convention
// "a theme named twice is taken where it is named in full", cues/themeInFull.ts `namedInFull`).

const ANNOUNCING =
  /(?<![\p{L}])(?:announce[sd]?|annonce(?:nt)?|anuncia(?:n)?)\s+(?:the\s+|la\s+|el\s+)?(?:convening|holding|convocation|tenue|convocatoria|celebración)\s+(?:of|de|d['’]|del)(?:\s+[\p{L}-]+){0,3}$|(?<![\p{L}])(?:to|will)\s+(?:convene|hold|host)(?:\s+[\p{L}-]+){0,3}$/iu;
const MEETING = new RegExp(MEETING_WORD, 'iu');

/** Whether the title line `source` is the lower half of a headline split over two lines. */
export function lowerHalfOfHeadline({ layout, titleBlocks }: NoteLayout, source: string): boolean {
  const index = titleBlocks.find((at) => layout[at]?.text === source);
  if (index === undefined || !titleBlocks.includes(index - 1)) return false;
  const upper = (layout[index - 1]?.text ?? '').trim();
  return ANNOUNCING.test(upper) && !MEETING.test(upper) && !/[.:;!?]$/u.test(upper);
}
