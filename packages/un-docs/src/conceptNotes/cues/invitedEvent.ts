import { findDates } from '../../dates/findDates.js';
import { findTime } from '../../dates/findTime.js';
import { aboutDeadline } from '../meetingWords.js';
import type { NoteText } from '../NoteText.js';
import type { NoteLayout } from '../layout/NoteLayout.js';
import { bodiesIn } from './bodyNames.js';
import { candidate, type Cue } from './Candidate.js';

// Round 31e (decided at round 31a's merge: "a text is refused only when it has neither points
// nor meeting data"): an invitation to an event whose kind is outside the vocabulary (a report's
// or a book's launch) is meeting data all the same when the text gives its day and its hours: "The
// Permanent Mission of Switzerland and the Universal Rights Group are pleased to invite you to the
// launch of the report: …" / "Wednesday 6th of March" / "13.00 - 14.45". It is imported as a
// partial note (no format; no date without a year). The inviting sentence must open the text
// (within its first blocks), as an invitation's does; one in a record of a meeting held is none.

const INVITES =
  /(?<![\p{L}])(?:(?:pleased|delighted|honou?red|happy|pleasure|privilege)\s+to\s+invite\s+you|cordially\s+invites?\s+you|(?:ont|a)\s+le\s+(?:plaisir|privilège|honneur)\s+de\s+vous\s+inviter|(?:tienen?|tiene)\s+el\s+(?:placer|agrado|honor|gusto)\s+de\s+invitarl[eo]s?)\s+(?:to|à|au|aux|a|al)(?![\p{L}])/iu;

/** How many blocks from the top the inviting sentence may stand. */
const OPENING_BLOCKS = 4;

export function invitesToEvent({ blocks, sentences }: NoteText): boolean {
  const invites = sentences.some(({ block, text }) => block < OPENING_BLOCKS && INVITES.test(text));
  if (!invites) return false;
  const timed = blocks.filter((block) => !aboutDeadline(block) && findTime(block) !== null);
  return timed.length > 0 && blocks.some((block) => findDates(block).length > 0);
}

// The title an invitation sets under its sentence when that ends on a colon ("… to the launch of
// the report:" / "Vision 2021:" / "What is the General Assembly's 2021-2026 review, …?"): its
// lines down to the day's line, joined, are the theme (surer than a line under a label, 0.55).
const MAX_TITLE_LINES = 3;
const MAX_TITLE_LINE = 200;

export const invitedTitle: Cue<string> = ({ layout, sentences }: NoteLayout) =>
  sentences.flatMap(({ block, text }) => {
    if (block >= OPENING_BLOCKS || !INVITES.test(text) || !/:$/u.test(text.trim())) return [];
    const lines: string[] = [];
    for (let index = block + 1; index <= block + MAX_TITLE_LINES; index += 1) {
      const line = layout[index];
      if (!line || line.field !== null || findDates(line.text).length > 0) break;
      if (line.text.length > MAX_TITLE_LINE) {
        // Round h12t: prose after the title ends it when the page's headline repeats it (below).
        if (lines.length > 0) break;
        return [];
      }
      lines.push(line.text.trim());
    }
    const next = layout[block + lines.length + 1]?.text ?? '';
    const prose = next.length > MAX_TITLE_LINE;
    // Round h12t: or by the page's own headline, which the title repeats (an invitation that
    // opens on its event's title, then its day and hours, and names it again under its sentence).
    const title = lines.join(' ');
    const headline = layout.slice(0, block).some((line) => line.text.trim() === title);
    if (lines.length === 0 || (!headline && (prose || findDates(next).length === 0))) return [];
    return [candidate(title, 0.62, `${text} ${title}`, 'invitedTitle')];
  });

// An event outside the vocabulary to which hosts invite (a mission, an institute) is held by no
// body unless the inviting sentence names one ("… on the margins of the Human Rights Council"):
// a body its title names is its subject ("the General Assembly's 2021-2026 review"), one in a
// speaker's office is who speaks ("Vice President of the Human Rights Council").
export function invitationBody<T extends { value: string }>(
  note: NoteLayout,
  format: string | null,
  body: T | null,
): T | null {
  if (body === null || format !== null) return body;
  const inviting = note.sentences.find(
    ({ block, text }) => block < OPENING_BLOCKS && INVITES.test(text),
  );
  return inviting && bodiesIn(inviting.text).length === 0 ? null : body;
}
