import { findDates } from '../../dates/findDates.js';
import type { NoteText } from '../NoteText.js';

// Round w37at: a letter dated after the day of the meeting it speaks of ("Letter dated 6 June
// 2002 …" about “the private meeting of the Security Council on 31 May 2002”, transmitting a
// summary of it) looks back to that meeting: when no sentence looks forward to one, the text is
// a record, not a note. Only the letter's own title line at the top dates it (`Lettre datée du …`,
// `Carta de fecha …`), not an annex's or a reference to another letter.

const LETTER_DATED =
  /^(?:Letter|Identical\s+letters|Lettre|Lettres\s+identiques|Carta|Cartas\s+idénticas)\s+(?:dated|datée?s?\s+du|de\s+fecha)\s+/iu;

/** The date of the letter whose title line opens the text, among its first blocks, or null. */
export function letterDate({ blocks }: NoteText): string | null {
  for (const block of blocks.slice(0, 6)) {
    if (!LETTER_DATED.test(block)) continue;
    const date = findDates(block.slice(0, 80))[0];
    return date && date.iso.length === 10 ? date.iso : null;
  }
  return null;
}

/** Whether the meeting's date falls before the date of the letter that speaks of it. */
export function meetingBeforeLetter(note: NoteText, meetingDate: string | null): boolean {
  const letter = meetingDate === null || meetingDate.length !== 10 ? null : letterDate(note);
  return letter !== null && meetingDate !== null && meetingDate < letter;
}
